package org.akhbar.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Free space on the disk of a store. TDB2 writes through memory-mapped files, and on a full
 * disk a write to a mapped page is not an IOException but a fault (SIGBUS) that the JVM turns
 * into an {@link InternalError} in whatever thread touched the page: a write transaction then
 * ends in a 46-line stack trace, and a bulk load's index threads die while the loading thread
 * waits for them forever. So loads check the free space before they start and between
 * batches, and stop with {@link DiskFullException} while there is still room to stop cleanly.
 */
final class DiskSpace {
    /** Free space a load wants before it starts, and keeps between batches: TDB2 grows its files 8 MB at a time, several at once. */
    static final long RESERVE = 64L << 20;
    /** Below this a bulk load under way is stopped at once. */
    static final long FLOOR = 24L << 20;

    private DiskSpace() {}

    /** Usable bytes on the disk that holds {@code dir} (or its nearest existing parent). */
    static long free(Path dir) {
        Path p = dir.toAbsolutePath();
        while (p != null && !Files.exists(p)) p = p.getParent();
        try {
            return p == null ? Long.MAX_VALUE : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;                 // cannot tell: let the write itself say
        }
    }

    /** Refuses to go on when less than {@code need} bytes are free at {@code dir}; {@code what} says what would have been done. */
    static void require(Path dir, long need, String what) {
        long free = free(dir);
        if (free < need) {
            throw new DiskFullException(String.format("disk full at %s: %s free, %s needs at least %s", dir, mb(free), what, mb(need)), null);
        }
    }

    /** True when {@code e}, or a cause of it, is what a full disk gives: "No space left on device", or a fault in a mapped file on a disk with little room left. */
    static boolean isDiskFull(Throwable e, Path dir) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) return true;
            if (t instanceof InternalError && m.contains("unsafe memory access") && free(dir) < RESERVE) return true;
        }
        return false;
    }

    static String mb(long bytes) { return String.format("%,.1f MB", bytes / (double) (1 << 20)); }
}
