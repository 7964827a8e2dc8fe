package org.akhbar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Adler32;

import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.akhbar.store.AkhbarStore;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The damage {@link CrashSafetyTest} found, made on purpose: a TDB2 journal whose last entry
 * has its header but not its data, as a process killed between the two writes of a commit
 * leaves it. Jena alone refuses to open such a store; {@link AkhbarStore#open} cuts the torn
 * tail (an uncommitted transaction) and opens it with everything committed before.
 */
class TornJournalTest {
    @TempDir Path dir;

    static final int HEADER = 12 + ComponentId.SIZE;
    static final String TEXT = "بايدن يعلن\n\nأكد الرئيس الأميركي جو بايدن، اليوم الاثنين، أن دور القوات الأميركية في العراق سيقتصر على التدريب.";

    /** A journal entry as Jena writes it: header (length, Adler-32, type, component) and data. */
    static byte[] entry(int type, byte[] data, boolean torn) {
        ByteBuffer h = ByteBuffer.allocate(HEADER);
        h.putInt(data == null ? -1 : data.length).putInt(0).putInt(type).put(new byte[ComponentId.SIZE]);
        Adler32 a = new Adler32();
        a.update(h.array());
        if (data != null) a.update(data);
        h.putInt(4, (int) a.getValue());
        if (torn || data == null) return h.array();
        byte[] out = new byte[HEADER + data.length];
        System.arraycopy(h.array(), 0, out, 0, HEADER);
        System.arraycopy(data, 0, out, HEADER, data.length);
        return out;
    }

    private Path storeWithOneArticle() {
        Path db = dir.resolve("db");
        try (AkhbarStore s = AkhbarStore.open(db)) {
            s.load(List.of(Pipeline.standard().process(new Article("a1", "بايدن يعلن", TEXT, LocalDate.of(2021, 7, 26), null, null, "t"))));
        }
        return db;
    }

    @Test
    void aStoreWhoseJournalEndsInAHalfWrittenEntryOpensWithItsCommittedData() throws Exception {
        Path db = storeWithOneArticle();
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        assertTrue(Files.exists(journal));
        // a REDO entry (type 1) that announces 24 bytes and has none: "wanted 24 bytes, got -1"
        Files.write(journal, entry(1, new byte[24], true), StandardOpenOption.APPEND);

        // Jena on its own does not open it (tried on a copy: a failed recovery leaves locks held in this JVM)
        Path copy = dir.resolve("copy");
        Files.createDirectories(copy);
        try (var files = Files.walk(db)) {
            for (Path f : files.toList()) {
                Path to = copy.resolve(db.relativize(f).toString());
                if (Files.isDirectory(f)) Files.createDirectories(to);
                else if (!f.getFileName().toString().equals("tdb.lock")) Files.copy(f, to);
            }
        }
        RuntimeException jena = assertThrows(RuntimeException.class, () -> DatabaseMgr.connectDatasetGraph(Location.create(copy.toString())));
        Throwable root = jena;
        while (root.getCause() != null) root = root.getCause();
        assertTrue(root.getMessage().contains("Failed to read the journal entry data: wanted 24 bytes, got -1"), root.toString());

        try (AkhbarStore s = AkhbarStore.open(db)) {
            assertEquals(1L, s.stats().counts().get("articles"));
        }
        assertEquals(0, Files.size(journal), "recovery ran and emptied the journal");
    }

    @Test
    void aWholeUncommittedEntryFollowedByATornHeaderIsDroppedToo() throws Exception {
        Path db = storeWithOneArticle();
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        byte[] whole = entry(1, new byte[40], false);
        byte[] torn = java.util.Arrays.copyOf(entry(2, null, false), 11); // a COMMIT header cut at 11 bytes
        Files.write(journal, whole, StandardOpenOption.APPEND);
        Files.write(journal, torn, StandardOpenOption.APPEND);
        try (AkhbarStore s = AkhbarStore.open(db)) {
            assertEquals(1L, s.stats().counts().get("articles"));
        }
    }

    @Test
    void damageInsideTheJournalIsNotPapered() throws Exception {
        Path db = storeWithOneArticle();
        Path journal = db.resolve("Data-0001").resolve("journal.jrnl");
        byte[] bad = entry(1, new byte[40], false);
        bad[40] ^= 0x5A; // a flipped byte in the data of a whole entry
        Files.write(journal, bad, StandardOpenOption.APPEND);
        Files.write(journal, entry(1, new byte[8], false), StandardOpenOption.APPEND);
        RuntimeException e = assertThrows(RuntimeException.class, () -> AkhbarStore.open(db).close());
        Throwable root = e;
        while (root.getCause() != null) root = root.getCause();
        assertTrue(root.toString().contains("Checksum"), e.toString());
    }
}
