package org.akhbar.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Backup, restore and compaction of a store.
 *
 * <p>A backup is what Fuseki's backup writes ({@code DatabaseMgr.backup}): every quad as
 * gzipped N-Quads, read in one read transaction, so it is the store as of one commit while
 * loads go on beside it (TDB2 readers see a fixed snapshot). Jena's own call writes into the
 * store's {@code Backups/} folder under a name it chooses; Akhbar writes where the user says,
 * into a {@code .partial} file that is synced and renamed when whole, so a backup cut short
 * never passes for a whole one.
 *
 * <p>A restore loads a backup into a new store beside the target with Jena's bulk loader and
 * moves it into place only when whole; a store already there is kept under another name, never
 * overwritten. Compaction is TDB2's ({@code DatabaseMgr.compact}): it copies the live data to a
 * new generation folder and deletes the old one, which reloads and removals leave behind.
 */
public final class StoreBackup {
    private StoreBackup() {}

    /** What a backup wrote: quads and bytes. */
    public record Written(long quads, long bytes) {}

    /** Writes the store as gzipped N-Quads to {@code file}, as of one commit; safe while other threads load. */
    public static Written backup(AkhbarStore store, Path file) throws IOException {
        Path partial = partialOf(file);
        long quads;
        try (OutputStream out = Files.newOutputStream(partial)) {
            quads = backup(store.dataset(), out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return new Written(quads, publish(partial, file));
    }

    /** Streams every quad of {@code dsg}, gzipped N-Quads, in one read transaction; returns the quads written. */
    public static long backup(DatasetGraph dsg, OutputStream sink) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(new BufferedOutputStream(sink, 1 << 16), 1 << 16);
        long quads = Txn.calculateRead(dsg, () -> {
            StreamRDF writer = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
            writer.start();
            long n = 0;
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); n++) writer.quad(it.next());
            writer.finish();
            return n;
        });
        gz.finish();
        gz.flush();
        return quads;
    }

    /** Copies a backup that comes as a stream (from a server) to {@code file}, through a synced {@code .partial} file. */
    public static long save(InputStream in, Path file) throws IOException {
        Path partial = partialOf(file);
        try (OutputStream out = Files.newOutputStream(partial)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        return publish(partial, file);
    }

    private static Path partialOf(Path file) {
        Path abs = file.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".partial");
    }

    /** Syncs the finished file and renames it into place; its size. */
    private static long publish(Path partial, Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(partial, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Files.size(file);
    }

    /** What a restore did: quads loaded, and where the store that was there before went (or null). */
    public record Restored(long quads, Path previous) {}

    /**
     * Restores a backup (gzipped or plain N-Quads) into {@code dir}. The data is bulk-loaded into
     * a new store beside it first; a store with data in {@code dir} is refused unless
     * {@code replace}, and then kept, renamed, beside the restored one.
     */
    public static Restored restore(Path backup, Path dir, boolean replace) throws IOException {
        if (!Files.isReadable(backup)) throw new IllegalArgumentException("cannot read the backup " + backup);
        boolean occupied = holdsStore(dir);
        if (occupied && !replace) {
            throw new IllegalArgumentException(dir + " already holds a store; give --replace to restore over it "
                    + "(the store there is kept, renamed), or restore into another --db");
        }
        Path abs = dir.toAbsolutePath();
        Path fresh = abs.resolveSibling(abs.getFileName() + ".akhbar-restore");
        if (Files.exists(fresh)) AkhbarStore.deleteTree(fresh);      // left by a restore cut short
        long quads;
        try (AkhbarStore store = AkhbarStore.open(fresh);
             InputStream in = quadsIn(backup)) {
            quads = BulkLoad.nquads(store, in);
        } catch (IOException | RuntimeException e) {
            AkhbarStore.deleteTree(fresh);
            throw e;
        }
        Path previous = null;
        if (occupied) {
            previous = abs.resolveSibling(abs.getFileName() + ".before-restore-"
                    + java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-'));
            Files.move(abs, previous, StandardCopyOption.ATOMIC_MOVE);
        } else if (Files.exists(abs)) {
            AkhbarStore.deleteTree(abs);                              // an empty folder, or an empty store
        }
        Files.move(fresh, abs, StandardCopyOption.ATOMIC_MOVE);
        return new Restored(quads, previous);
    }

    /** True when {@code dir} holds a store with at least one quad. */
    private static boolean holdsStore(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (java.util.stream.Stream<Path> s = Files.list(dir)) {
            if (s.noneMatch(p -> p.getFileName().toString().startsWith("Data-"))) return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (AkhbarStore s = AkhbarStore.open(dir)) {
            return !s.isEmpty();
        }
    }

    private static InputStream quadsIn(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(2);
        int b1 = in.read(), b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    /** Sizes before and after a compaction, and the quads there were before and are after. */
    public record Compacted(long bytesBefore, long bytesAfter, long quadsBefore, long quadsAfter) {}

    /** Compacts the store to one new generation and deletes the old ones. */
    public static Compacted compact(AkhbarStore store) throws IOException {
        DatasetGraph dsg = store.dataset();
        long before = sizeOf(store.location());
        long quadsBefore = countQuads(dsg);
        DatabaseMgr.compact(dsg, true);
        long quadsAfter = countQuads(dsg);
        return new Compacted(before, sizeOf(store.location()), quadsBefore, quadsAfter);
    }

    static long countQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (Iterator<Quad> it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /**
     * Bytes on disk under {@code dir}. TDB2 grows its files in sparse 8 MB steps, so their
     * lengths say little (a compacted store's files are as long as before, with a fiftieth of
     * the blocks); Java cannot read a file's allocated blocks, so this asks {@code du}, and falls
     * back to the files' lengths where there is none.
     */
    public static long sizeOf(Path dir) throws IOException {
        try {
            Process du = new ProcessBuilder("du", "-s", "-B1", dir.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() == 0) return Long.parseLong(out.strip().split("\\s+")[0]);
        } catch (IOException | NumberFormatException e) {
            // no du here: the files' lengths below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
            long total = 0;
            for (Path p : s.filter(Files::isRegularFile).toList()) total += Files.size(p);
            return total;
        }
    }
}
