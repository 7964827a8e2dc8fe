package org.akhbar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.akhbar.store.AkhbarStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 item 7, issue 21 High 4: a load into a store on a full disk (a small tmpfs, so the
 * test runs only as root where mounting is allowed, and says so when it skips) ends with one
 * "disk full at DIR" message and no stack trace, does not hang, and leaves the store readable
 * and as of its last commit.
 */
class DiskFullTest {
    @TempDir Path dir;
    Path disk;
    boolean mounted;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "skipped: mounting a small tmpfs to fill needs root");
        disk = Files.createDirectories(dir.resolve("disk"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=80m", "tmpfs", disk.toString()).redirectErrorStream(true).start();
        String why = new String(mount.getInputStream().readAllBytes());
        Assumptions.assumeTrue(mount.waitFor() == 0, "skipped: cannot mount a tmpfs here: " + why);
        mounted = true;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor();
    }

    private Process load(Path db, Path input, Path log, String... options) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("load", "--db", db.toString(), input.toString()));
        args.addAll(java.util.List.of(options));
        return StoreLockTest.akhbar(args.toArray(String[]::new)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void assertOneClearMessage(String log) {
        assertTrue(log.contains("akhbar: disk full at "), log);
        assertFalse(log.contains("\tat ") || log.contains("Exception"), "no stack trace: " + log);
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aLoadOnAFullDiskSaysSoAndLeavesTheStoreAsOfItsLastCommit() throws Exception {
        Path big = dir.resolve("big.jsonl");
        TestCorpus.writeSlice(big, 3000, 6000);
        Path seeds = Path.of("seeds");

        // transactions: the seeds commit, then batches until the disk is too full for the next one
        Path db = disk.resolve("db");
        Process first = load(db, seeds, dir.resolve("seeds.log"));
        assertTrue(first.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, first.exitValue(), Files.readString(dir.resolve("seeds.log")));
        StoreContents before;
        try (AkhbarStore s = AkhbarStore.open(db)) {
            before = StoreContents.read(s);
        }
        Path log = dir.resolve("tx.log");
        Process tx = load(db, big, log, "--no-bulk", "--batch", "100");
        assertTrue(tx.waitFor(4, TimeUnit.MINUTES), "the load ends");
        String txLog = Files.readString(log);
        assertEquals(1, tx.exitValue(), txLog);
        assertOneClearMessage(txLog);
        assertTrue(txLog.contains("the store is as of that last commit"), txLog);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("the load stopped with ([\\d,]+) articles committed").matcher(txLog);
        assertTrue(m.find(), txLog);
        int committed = Integer.parseInt(m.group(1).replace(",", ""));
        assertTrue(committed > 0 && committed < 3000, txLog);
        java.util.Map<org.apache.jena.graph.Node, java.util.Set<org.apache.jena.graph.Triple>> expected = new java.util.HashMap<>(before.graphs);
        java.util.Map<org.apache.jena.graph.Node, java.util.Set<org.apache.jena.graph.Triple>> all = StoreContents.cleanExtract(
                org.akhbar.source.ArticleReader.builder().build(), java.util.List.of(big.toString()), new java.util.ArrayList<>());
        for (int i = 0; i < committed; i++) {
            org.apache.jena.graph.Node g = org.akhbar.graph.Vocab.graph(String.format("r%05d", i));
            expected.put(g, all.get(g));
        }
        try (AkhbarStore s = AkhbarStore.open(db)) {
            assertEquals(expected, StoreContents.read(s).graphs, "the store is as of its last commit: the seeds and the batches committed");
        }
        AkhbarStore.deleteTree(db);

        // the bulk loader: stopped, not hung, and the empty store it was filling is empty again
        Path bulkDb = disk.resolve("bulk");
        Path bulkLog = dir.resolve("bulk.log");
        Process bulk = load(bulkDb, big, bulkLog);
        assertTrue(bulk.waitFor(4, TimeUnit.MINUTES), "the bulk load ends instead of waiting for its dead index threads");
        String bl = Files.readString(bulkLog);
        assertEquals(1, bulk.exitValue(), bl);
        assertOneClearMessage(bl);
        assertTrue(bl.contains("the store is emptied again when next opened"), bl);
        try (AkhbarStore s = AkhbarStore.open(bulkDb)) {
            assertTrue(s.isEmpty(), "rolled back to the empty store it was");
        }
    }
}
