package org.akhbar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How articles reach the store: the bulk path for an empty store, transactions otherwise. */
class StoreLoaderTest {
    @TempDir Path dir;

    static final String RECORD = "{\"id\": \"%s\", \"title\": \"%s\", \"text\": \"%s\", \"date\": \"2021-07-27\"}\n";

    private Path jsonl(String name, String... records) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("", records));
    }

    private static String record(String id, String title, String text) { return String.format(RECORD, id, title, text); }

    private static LoadCounts load(AkhbarStore s, Path input, boolean bulk, List<InputProblem> problems) {
        return new StoreLoader(s, new ParallelRunner(Pipeline.standard(), 2), 2, 100_000).bulkWhenEmpty(bulk)
                .load(ArticleReader.builder().build(), List.of(input.toString()), new StoreLoader.Listener() {
                    @Override public void progress(LoadCounts soFar) { }
                    @Override public void problem(InputProblem p) { problems.add(p); }
                });
    }

    private static Set<Quad> quads(AkhbarStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            s.dataset().find().forEachRemaining(all::add);
            return all;
        });
    }

    private Path fiveArticles() throws Exception {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(record("a" + i, "خبر " + i, "قال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مع العراق مستمرة " + i + "."));
        }
        return jsonl("five.jsonl", records.toArray(String[]::new));
    }

    @Test
    void anEmptyStoreFilledInBulkHoldsTheSameQuadsAsOneFilledByTransactions() throws Exception {
        Path input = fiveArticles();
        try (AkhbarStore bulk = AkhbarStore.open(dir.resolve("bulk")); AkhbarStore tx = AkhbarStore.open(dir.resolve("tx"))) {
            LoadCounts b = load(bulk, input, true, new ArrayList<>());
            LoadCounts t = load(tx, input, false, new ArrayList<>());
            assertEquals(5, b.added());
            assertEquals(t.quads(), b.quads());
            assertEquals(quads(tx), quads(bulk));
            assertFalse(Files.exists(dir.resolve("bulk").resolve(BulkLoad.MARKER)), "a finished bulk load leaves no marker");
        }
    }

    @Test
    void anArticleThatComesTwiceInABulkLoadEndsWithItsLastTextAsInAReload() throws Exception {
        Path input = jsonl("twice.jsonl",
                record("same", "أول", "قال الرئيس العراقي إن الاتفاق وقع في بغداد."),
                record("other", "آخر", "أعلنت الحكومة المصرية أن المحادثات انتهت."),
                record("same", "ثان", "أكد رئيس الوزراء العراقي أن الحوار مستمر مع واشنطن."));
        try (AkhbarStore bulk = AkhbarStore.open(dir.resolve("bulk")); AkhbarStore tx = AkhbarStore.open(dir.resolve("tx"))) {
            LoadCounts b = load(bulk, input, true, new ArrayList<>());
            load(tx, input, false, new ArrayList<>());
            assertEquals(2, b.added());
            assertEquals(1, b.replaced());
            assertEquals(quads(tx), quads(bulk), "the second copy replaced the first, as a reload does");
        }
    }

    @Test
    void aStoreWithDataIsNeverBulkLoaded() throws Exception {
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            load(s, fiveArticles(), true, new ArrayList<>());
            assertThrows(IllegalStateException.class, () -> BulkLoad.into(s));
            LoadCounts again = load(s, fiveArticles(), true, new ArrayList<>());
            assertEquals(5, again.unchanged(), "a second load goes through transactions and finds nothing changed");
        }
    }

    @Test
    void aBulkLoadCutShortIsRolledBackToAnEmptyStoreWhenTheStoreIsNextOpened() throws Exception {
        Path db = dir.resolve("db");
        try (AkhbarStore s = AkhbarStore.open(db)) {
            BulkLoad bulk = BulkLoad.into(s);
            bulk.add(AkhbarStoreTest.graph("a1", AkhbarStoreTest.TEXT));
            assertTrue(Files.exists(db.resolve(BulkLoad.MARKER)), "the marker is written before the first quad");
            bulk.close();                                   // abandoned, as by an exception, never finished
        }
        assertTrue(Files.exists(db.resolve(BulkLoad.MARKER)));
        try (AkhbarStore s = AkhbarStore.open(db)) {
            assertTrue(s.isEmpty(), "the store is as it was before the load: empty");
            assertFalse(Files.exists(db.resolve(BulkLoad.MARKER)));
            assertEquals(1, s.load(List.of(AkhbarStoreTest.graph("a1", AkhbarStoreTest.TEXT))).added(), "and usable");
        }
    }
}
