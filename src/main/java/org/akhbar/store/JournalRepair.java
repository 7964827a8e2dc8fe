package org.akhbar.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;

/**
 * Repairs the one kind of damage a killed writer leaves in a TDB2 journal: a last entry cut
 * short. TDB2 writes an entry's header and its data in two writes and syncs only at commit, so
 * a process killed during a commit can leave a header whose data never came. Jena 5.6's
 * recovery then refuses to open the store ("Failed to read the journal entry data: wanted 24
 * bytes, got -1", or "Partial read of journal file"), although the entry belongs to a
 * transaction that never committed: its COMMIT record, written last, is not there.
 *
 * <p>Cutting the journal back to its last whole entry is exactly what recovery would do with
 * an uncommitted tail (it discards entries that no COMMIT follows); committed transactions
 * before it are kept and replayed. Only the tail is ever cut: a bad entry with whole entries
 * after it is real corruption and is left for Jena to report.
 *
 * <p>Entry layout (Jena's {@code Journal}): length/4, Adler-32 of header (CRC field zeroed) and
 * data/4, type/4, component id ({@code ComponentId.SIZE}), then {@code length} bytes of data
 * (none when length ≤ 0).
 */
final class JournalRepair {
    static final String JOURNAL = "journal.jrnl";
    /** length, checksum, type (4 bytes each) and the component id (4 bytes in Jena 5.6, whatever its comment says). */
    private static final int HEADER = 4 + 4 + 4 + org.apache.jena.dboe.transaction.txn.ComponentId.SIZE;

    private JournalRepair() {}

    /** The journals of a TDB2 store folder: one in each Data-NNNN folder (and one at the top, if any). */
    static List<Path> journals(Path store) throws IOException {
        List<Path> out = new ArrayList<>();
        if (Files.isRegularFile(store.resolve(JOURNAL))) out.add(store.resolve(JOURNAL));
        if (!Files.isDirectory(store)) return out;
        try (Stream<Path> s = Files.list(store)) {
            s.filter(d -> d.getFileName().toString().startsWith("Data-") && Files.isRegularFile(d.resolve(JOURNAL)))
                    .sorted().forEach(d -> out.add(d.resolve(JOURNAL)));
        }
        return out;
    }

    /**
     * Cuts a torn last entry off the journal.
     * @return the number of bytes cut (0 when the journal was whole, or damaged elsewhere than at its end)
     */
    static long truncateTornTail(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long pos = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (pos < size) {
                if (size - pos < HEADER) break;                       // torn header
                header.clear();
                readFully(ch, header, pos);
                int length = header.getInt(0);
                int crc = header.getInt(4);
                long data = Math.max(0, length);
                long next = pos + HEADER + data;
                if (next > size) break;                               // torn data
                Adler32 adler = new Adler32();
                header.putInt(4, 0);
                adler.update(header.array());
                if (data > 0) {
                    ByteBuffer bb = ByteBuffer.allocate((int) data);
                    readFully(ch, bb, pos + HEADER);
                    adler.update(bb.array());
                }
                if ((int) adler.getValue() != crc) {
                    if (next == size) break;                          // the last entry, half written
                    return 0;                                         // damage inside: not ours to mend
                }
                pos = next;
            }
            if (pos == size) return 0;
            ch.truncate(pos);
            ch.force(true);
            return size - pos;
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            int n = ch.read(b, at + b.position());
            if (n < 0) throw new IOException("unexpected end of journal");
        }
        b.flip();
    }

}
