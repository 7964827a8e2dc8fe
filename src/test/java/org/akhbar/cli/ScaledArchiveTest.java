package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench --scale: the inputs replicated with fresh ids, and the measures taken on the large store. */
class ScaledArchiveTest {
    @TempDir Path dir;

    static final String A = "{\"id\": \"a1\", \"title\": \"خبر\", \"text\": \"قال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مستمرة.\", \"tags\": [1, {\"x\": null}]}";
    static final String B = "{\"url\": \"https://example.org/b\", \"title\": \"خبر آخر\", \"text\": \"أعلنت وزارة الصحة السعودية عن حالات جديدة.\"}";

    @Test
    void everyCopyHasFreshIdsAndTheSameFields() {
        assertEquals("{\"id\":\"a1-c3\",\"title\":\"خبر\",\"text\":\"قال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مستمرة.\",\"tags\":[1,{\"x\":null}]}",
                ScaledArchive.withId(A, "f0l1", "-c3"));
        assertTrue(ScaledArchive.withId(B, "f0l2", "-c0").startsWith("{\"id\":\"f0l2-c0\",\"url\":\"https://example.org/b\""));
        assertEquals("not json", ScaledArchive.withId("not json", "f0l3", "-c0"), "a bad line stays bad, to be skipped as the original is");
    }

    @Test
    void benchAtScaleLoadsTheCopiesThenOneMoreThroughTransactionsAndTimesTheQueries() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), A + "\n" + B + "\n");
        CliRun run = CliRun.of("bench", "--scale", "3", "--work", dir.resolve("work").toString(), "--repeat", "2", "--warmup", "1", in.toString());
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        for (String line : List.of("scale.load_1x.articles: 2", "scale.load.articles: 6", "scale.tx_load.articles: 2", "scale.tx_load.new: 2",
                "query.timeline: status 200", "scale.store_bytes_per_article: ", "heap.peak_live_MB: ")) {
            assertTrue(out.contains(line), line + " in\n" + out);
        }
        assertTrue(Files.notExists(dir.resolve("work/scale-archive")), "the archive is removed after the run");
    }
}
