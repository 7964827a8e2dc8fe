package org.akhbar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 6: backups are one commit's snapshot while loads go on; restore and compact keep every quad. */
class StoreBackupTest {
    @TempDir Path dir;

    static final int BATCHES = 12;
    static final int PER_BATCH = 5;

    /** Batch k: articles k-0 … k-4, one write transaction. */
    static List<List<ArticleGraph>> batches() {
        Pipeline p = Pipeline.standard();
        List<List<ArticleGraph>> out = new ArrayList<>();
        for (int k = 0; k < BATCHES; k++) {
            List<ArticleGraph> batch = new ArrayList<>();
            for (int i = 0; i < PER_BATCH; i++) {
                String id = "b" + k + "-" + i;
                String text = "خبر " + id + "\n\nقال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مع العراق مستمرة في الدفعة " + k + ".";
                batch.add(p.process(new Article(id, "خبر " + id, text, java.time.LocalDate.of(2021, 7, 27), null, null, id)));
            }
            out.add(batch);
        }
        return out;
    }

    static Set<Quad> quads(AkhbarStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            s.dataset().find().forEachRemaining(all::add);
            return all;
        });
    }

    static Set<Quad> quadsOf(List<List<ArticleGraph>> batches, int first) {
        Set<Quad> all = new HashSet<>();
        for (List<ArticleGraph> b : batches.subList(0, first)) {
            for (ArticleGraph g : b) g.triples().forEach(t -> all.add(Quad.create(g.graphName(), t)));
        }
        return all;
    }

    @Test
    void backupsTakenDuringConcurrentLoadsRestoreToTheStoreAsOfOneCommit() throws Exception {
        List<List<ArticleGraph>> batches = batches();
        AtomicInteger committed = new AtomicInteger();
        List<Path> backups = new ArrayList<>();
        List<int[]> windows = new ArrayList<>();                   // batches committed before and after each backup
        try (AkhbarStore source = AkhbarStore.open(dir.resolve("source"))) {
            Thread loader = new Thread(() -> {
                for (List<ArticleGraph> b : batches) {
                    source.load(b);
                    committed.incrementAndGet();
                }
            });
            loader.start();
            for (int n = 0; loader.isAlive() || n == 0; n++) {
                int before = committed.get();
                Path f = dir.resolve("backup-" + n + ".nq.gz");
                StoreBackup.Written w = StoreBackup.backup(source, f);
                windows.add(new int[] {before, committed.get()});
                backups.add(f);
                assertTrue(w.bytes() > 0 && Files.exists(f) && !Files.exists(dir.resolve("backup-" + n + ".nq.gz.partial")));
            }
            loader.join();
            assertEquals(quadsOf(batches, BATCHES), quads(source));
        }
        assertTrue(backups.size() > 1, "backups were taken while the loads went on: " + backups.size());
        // restoring is a store creation each: the first, a middle and the last backup are restored
        for (int n : new java.util.TreeSet<>(List.of(0, backups.size() / 2, backups.size() - 1))) {
            Path restoredDir = dir.resolve("restored-" + n);
            StoreBackup.Restored r = StoreBackup.restore(backups.get(n), restoredDir, false);
            try (AkhbarStore restored = AkhbarStore.open(restoredDir)) {
                Set<Quad> got = quads(restored);
                assertEquals(got.size(), r.quads());
                int batchesIn = got.size() / (quadsOf(batches, 1).size());
                boolean asOfACommit = false;
                for (int k = windows.get(n)[0]; k <= windows.get(n)[1] && !asOfACommit; k++) asOfACommit = got.equals(quadsOf(batches, k));
                assertTrue(asOfACommit, "backup " + n + " holds whole batches " + windows.get(n)[0] + "–" + windows.get(n)[1]
                        + " and no part of one (about " + batchesIn + " batches, " + got.size() + " quads)");
            }
        }
    }

    @Test
    void aRestoreRefusesAStoreWithDataUnlessToldAndThenKeepsIt() throws Exception {
        Path backup = dir.resolve("seeds.nq.gz");
        Set<Quad> seeds;
        try (AkhbarStore s = SeedStore.open(dir.resolve("seeds"))) {
            seeds = quads(s);
            StoreBackup.backup(s, backup);
        }
        Path target = dir.resolve("target");
        try (AkhbarStore t = AkhbarStore.open(target)) {
            t.load(batches().get(0));
        }
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> StoreBackup.restore(backup, target, false));
        assertTrue(refused.getMessage().contains("already holds a store; give --replace"), refused.getMessage());
        StoreBackup.Restored r = StoreBackup.restore(backup, target, true);
        assertNotNull(r.previous());
        try (AkhbarStore restored = AkhbarStore.open(target); AkhbarStore kept = AkhbarStore.open(r.previous())) {
            assertEquals(seeds, quads(restored));
            assertEquals(quadsOf(batches(), 1), quads(kept), "the store that was there is kept whole");
        }
        assertFalse(Files.exists(dir.resolve("target.akhbar-restore")));
    }

    @Test
    void compactionKeepsEveryQuadAndGivesBackTheSpaceReloadsLeft() throws Exception {
        List<List<ArticleGraph>> batches = batches();
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            for (List<ArticleGraph> b : batches) s.load(b);
            for (int round = 0; round < 2; round++) {                // removals and reloads leave old blocks behind
                for (List<ArticleGraph> b : batches) {
                    s.remove(b.stream().map(ArticleGraph::articleId).toList());
                    s.load(b);
                }
            }
            Set<Quad> before = quads(s);
            StoreBackup.Compacted c = StoreBackup.compact(s);
            assertEquals(before, quads(s));
            assertEquals(c.quadsBefore(), c.quadsAfter());
            assertTrue(c.bytesAfter() < c.bytesBefore(), c.bytesBefore() + " → " + c.bytesAfter());
            s.load(batches.get(0));                                  // the compacted store takes writes
        }
        try (AkhbarStore again = AkhbarStore.open(dir.resolve("db"))) {
            assertEquals(quadsOf(batches, BATCHES), quads(again), "and opens again as it was");
        }
    }
}
