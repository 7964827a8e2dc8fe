package org.akhbar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.akhbar.cli.CliRun;
import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RDF shards (N-Quads, TriG, gzipped or not) load into the store as the articles they came from do. */
class ShardLoaderTest {
    @TempDir Path dir;
    Path articles;
    /** What `akhbar extract --format nquads` writes for the articles, line by line, grouped by graph in its order. */
    Map<String, List<String>> linesByGraph;

    private static final Pattern GRAPH = Pattern.compile("<([^>]+)> \\.$");

    @BeforeEach
    void extractArticles() throws Exception {
        articles = Files.createDirectories(dir.resolve("articles"));
        Files.copy(Path.of("seeds/000_d370733e592f79a1.txt"), articles.resolve("000_d370733e592f79a1.txt"));
        Files.copy(Path.of("seeds/001_04c9fda605f6e1d2.txt"), articles.resolve("001_04c9fda605f6e1d2.txt"));
        StringBuilder jsonl = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            jsonl.append(String.format("{\"id\": \"a%d\", \"title\": \"خبر %d\", \"text\": \"قال وزير الخارجية الأردني أيمن الصفدي "
                    + "إن المحادثات مع العراق مستمرة %d.\", \"date\": \"2021-07-2%d\"}\n", i, i, i, i));
        }
        Files.writeString(articles.resolve("six.jsonl"), jsonl);
        CliRun run = CliRun.of("extract", articles.toString(), "--format", "nquads");
        assertEquals(0, run.exit(), run.err());
        linesByGraph = new LinkedHashMap<>();
        for (String line : run.out().split("\n")) {
            if (line.isBlank()) continue;
            Matcher m = GRAPH.matcher(line);
            assertTrue(m.find(), line);
            linesByGraph.computeIfAbsent(m.group(1), g -> new ArrayList<>()).add(line);
        }
        assertEquals(8, linesByGraph.size());
    }

    /** The graphs numbered {@code from} to {@code to} (exclusive), as N-Quads text. */
    private String nquads(int from, int to) {
        StringBuilder b = new StringBuilder();
        List<List<String>> graphs = new ArrayList<>(linesByGraph.values());
        for (List<String> g : graphs.subList(from, to)) for (String l : g) b.append(l).append('\n');
        return b.toString();
    }

    private Path gzip(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    private Path trig(String name, String nquads) throws Exception {
        DatasetGraph d = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(d, new java.io.ByteArrayInputStream(nquads.getBytes(StandardCharsets.UTF_8)), Lang.NQUADS);
        Path p = dir.resolve(name);
        try (OutputStream o = Files.newOutputStream(p)) {
            RDFDataMgr.write(o, d, Lang.TRIG);
        }
        return p;
    }

    private static LoadCounts loadShards(AkhbarStore s, List<Path> shards, List<InputProblem> problems) {
        return new ShardLoader(s, 3, 100_000, true).load(shards, listener(problems));
    }

    private static StoreLoader.Listener listener(List<InputProblem> problems) {
        return new StoreLoader.Listener() {
            @Override public void progress(LoadCounts soFar) { }
            @Override public void problem(InputProblem p) { problems.add(p); }
        };
    }

    private LoadCounts loadArticles(AkhbarStore s) {
        List<InputProblem> problems = new ArrayList<>();
        LoadCounts c = new StoreLoader(s, new ParallelRunner(Pipeline.standard(), 2), 3, 100_000)
                .load(ArticleReader.builder().build(), List.of(articles.toString()), listener(problems));
        assertEquals(List.of(), problems);
        return c;
    }

    private static Set<Quad> quads(AkhbarStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            s.dataset().find().forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void shardsBulkLoadedIntoAnEmptyStoreGiveTheStoreTheArticlesGive() throws Exception {
        List<Path> shards = List.of(gzip("part-00000.nq.gz", nquads(0, 3)), dir.resolve("part-00001.nq"), trig("part-00002.trig", nquads(5, 8)));
        Files.writeString(shards.get(1), nquads(3, 5));
        List<InputProblem> problems = new ArrayList<>();
        try (AkhbarStore fromShards = AkhbarStore.open(dir.resolve("a")); AkhbarStore fromArticles = AkhbarStore.open(dir.resolve("b"))) {
            LoadCounts c = loadShards(fromShards, shards, problems);
            LoadCounts expected = loadArticles(fromArticles);
            assertEquals(List.of(), problems);
            assertEquals(8, c.added());
            assertEquals(expected.quads(), c.quads());
            assertEquals(quads(fromArticles), quads(fromShards));
        }
    }

    @Test
    void shardsIntoAStoreWithDataLeaveUnchangedArticlesAsTheyAreAndReplaceChangedOnes() throws Exception {
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("s"))) {
            loadArticles(s);
            Set<Quad> before = quads(s);
            List<InputProblem> problems = new ArrayList<>();
            LoadCounts again = loadShards(s, List.of(gzip("all.nq.gz", nquads(0, 8))), problems);
            assertEquals(List.of(), problems);
            assertEquals(8, again.unchanged());
            assertEquals(before, quads(s));

            // a shard made from a changed article: its graph is replaced, nothing else moves
            Files.writeString(articles.resolve("six.jsonl"), "{\"id\": \"a0\", \"title\": \"خبر\", \"text\": \"أعلنت وزارة الصحة السعودية عن حالات جديدة.\"}\n");
            CliRun changed = CliRun.of("extract", articles.resolve("six.jsonl").toString(), "--format", "nquads");
            Path shard = Files.writeString(dir.resolve("changed.nq"), changed.out());
            LoadCounts c = loadShards(s, List.of(shard), problems);
            assertEquals(1, c.replaced());
            assertEquals(List.of(), problems);
            try (AkhbarStore expected = AkhbarStore.open(dir.resolve("expected"))) {
                loadArticles(expected);      // a0 changed, a1–a5 gone from the file: load them from the shards as before
                loadShards(expected, List.of(gzip("rest.nq.gz", nquads(0, 8))), new ArrayList<>());
                loadShards(expected, List.of(shard), new ArrayList<>());
                assertEquals(quads(expected), quads(s));
            }
        }
    }

    @Test
    void aShardBrokenInTheMiddleIsNamedAndTheWholeGraphsBeforeTheBreakLoad() throws Exception {
        List<String> third = new ArrayList<>(linesByGraph.values()).get(2);
        String broken = nquads(0, 2) + third.get(0) + "\n" + third.get(1) + "\n<not a quad\n" + nquads(3, 8);
        Path shard = Files.writeString(dir.resolve("broken.nq"), broken);
        List<InputProblem> problems = new ArrayList<>();
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("s"))) {
            LoadCounts c = loadShards(s, List.of(shard), problems);
            assertEquals(2, c.added(), problems.toString());
            assertEquals(1, problems.size());
            assertEquals(shard.toString(), problems.get(0).origin());
            assertTrue(problems.get(0).message().contains("line"), problems.get(0).message());
            assertTrue(problems.get(0).message().contains("2 article graphs before it"), problems.get(0).message());
        }
    }

    @Test
    void aCutGzipShardIsNamedAndItsLastGraphIsNotLoadedHalfWritten() throws Exception {
        byte[] whole = Files.readAllBytes(gzip("whole.nq.gz", nquads(0, 8)));
        Path cut = Files.write(dir.resolve("cut.nq.gz"), java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        List<InputProblem> problems = new ArrayList<>();
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("s"))) {
            LoadCounts c = loadShards(s, List.of(cut), problems);
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(cut.toString(), problems.get(0).origin());
            assertTrue(c.added() < 8);
            for (Quad q : quads(s)) {
                // every graph in the store is whole: it has its fingerprint
                assertTrue(Txn.calculateRead(s.dataset(), () -> s.dataset().find(q.getGraph(), null, org.akhbar.graph.Vocab.FINGERPRINT, null).hasNext()));
            }
        }
    }

    @Test
    void aGraphCutBeforeItsFingerprintAtALineEndIsReportedAndNotLoaded() throws Exception {
        String text = nquads(0, 8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        assertTrue(lines.get(lines.size() - 1).contains("fingerprint"), "Akhbar writes an article's fingerprint last");
        lines.remove(lines.size() - 1);
        Path shard = Files.writeString(dir.resolve("cut.nq"), String.join("\n", lines) + "\n");
        List<InputProblem> problems = new ArrayList<>();
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("s"))) {
            LoadCounts c = loadShards(s, List.of(shard), problems);
            assertEquals(7, c.added());
            assertEquals(1, problems.size());
            assertTrue(problems.get(0).message().contains("no ak:fingerprint"), problems.get(0).message());
        }
    }

    @Test
    void aGraphSplitOverTwoPlacesOfAShardIsReported() throws Exception {
        List<List<String>> graphs = new ArrayList<>(linesByGraph.values());
        List<String> first = graphs.get(0);
        String split = String.join("\n", first.subList(0, 2)) + "\n" + nquads(1, 2) + String.join("\n", first.subList(2, first.size())) + "\n";
        Path shard = Files.writeString(dir.resolve("split.nq"), split);
        List<InputProblem> problems = new ArrayList<>();
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("s"))) {
            loadShards(s, List.of(shard), problems);
            assertFalse(problems.isEmpty());
            assertTrue(problems.stream().anyMatch(p -> p.message().contains("comes back")), problems.toString());
            assertFalse(Txn.calculateRead(s.dataset(), () -> s.dataset().find(
                    org.apache.jena.graph.NodeFactory.createURI(graphs.isEmpty() ? "" : new ArrayList<>(linesByGraph.keySet()).get(0)),
                    null, null, null).hasNext()), "the first part, without its fingerprint, is not loaded");
        }
    }

    @Test
    void akhbarLoadTakesAFolderOfShardsAndFilesBesideArticles() throws Exception {
        Path shards = Files.createDirectories(dir.resolve("out/shards"));
        gzip("out/shards/part-00000.nq.gz", nquads(0, 4));
        gzip("out/shards/part-00001.nq.gz", nquads(4, 8));
        CliRun run = CliRun.of("load", "--db", dir.resolve("db").toString(), dir.resolve("out").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("loaded 8 articles: 8 new"), run.out());
        CliRun again = CliRun.of("load", "--db", dir.resolve("db").toString(), articles.toString(), shards.resolve("part-00000.nq.gz").toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("loaded 12 articles: 0 new, 0 replaced, 12 unchanged"), again.out());
    }
}
