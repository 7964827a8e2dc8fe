package org.akhbar.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.LoadCounts;
import org.akhbar.store.ShardLoader;
import org.akhbar.store.ShardReader;
import org.akhbar.store.StoreLoader;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The Spark job on local[2]: its shards hold exactly the quads the core's pipeline (what
 * {@code akhbar extract} runs) gives for the same inputs, graph by graph; bad records are
 * reported by id and reason and fail nothing; the shards load into the same store as the articles.
 */
class ExtractJobTest {
    static SparkSession spark;
    @TempDir static Path dir;
    static Path corpus;
    static JobSummary summary;
    static Path out;

    /** Bad records among the good ones: what they are, and the reason the core gives for each. */
    static final List<String> BAD = List.of(
            "this line is not JSON",
            "{\"id\": \"bad-no-text\", \"title\": \"عنوان\"}",
            "{\"id\": \"bad-empty\", \"title\": \" \", \"text\": \"   \"}",
            "{\"url\": \"https://example.org/cut\", \"title\": \"خبر\", \"text\": \"قال");

    @BeforeAll
    static void runTheJobOnTwoFiles() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("akhbar-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2").getOrCreate();
        List<String> records = SyntheticArticles.records(300);
        corpus = Files.createDirectories(dir.resolve("corpus"));
        List<String> first = new ArrayList<>(records.subList(0, 150));
        first.add(40, BAD.get(0));
        first.add(80, BAD.get(1));
        first.add(81, "");
        List<String> second = new ArrayList<>(records.subList(150, 300));
        second.add(10, BAD.get(2));
        second.add(BAD.get(3));
        SyntheticArticles.writeGzip(corpus.resolve("a.jsonl.gz"), first);
        SyntheticArticles.writeGzip(corpus.resolve("b.jsonl.gz"), second);
        out = dir.resolve("out");
        summary = ExtractJob.run(spark, new JobSettings(List.of(corpus.toUri().toString()), out.toUri().toString(), null, 0, 1_000_000));
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** What the core's pipeline gives for the inputs: triples by graph, and the problems. */
    static Map<String, Set<Triple>> extract(List<String> paths, List<InputProblem> problems) {
        Map<String, Set<Triple>> graphs = new HashMap<>();
        new ParallelRunner(Pipeline.standard(), 2).run(ArticleReader.builder().build(), paths, new PipelineOutput() {
            @Override
            public void graph(ArticleGraph g) { graphs.computeIfAbsent(g.graphName().getURI(), k -> new HashSet<>()).addAll(g.triples()); }

            @Override
            public void problem(InputProblem p) { problems.add(p); }
        });
        return graphs;
    }

    /** The triples by graph in a job's shards. */
    static Map<String, Set<Triple>> shards(Path output) throws IOException {
        Map<String, Set<Triple>> graphs = new HashMap<>();
        for (Path shard : ShardReader.shardsIn(output.resolve("shards"))) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(shard))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) { graphs.computeIfAbsent(q.getGraph().getURI(), k -> new HashSet<>()).add(q.asTriple()); }
                });
            }
        }
        return graphs;
    }

    /** The bad-records output: reason by id (the unreadable record has none: "null"). */
    static Map<String, String> badRecords(Path output) throws IOException {
        Map<String, String> bad = new HashMap<>();
        Path folder = output.resolve("bad-records");
        if (!Files.isDirectory(folder)) return bad;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {  // not Hadoop's .crc files
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    Map<String, String> r = new HashMap<>();
                    try (JsonParser p = new JsonFactory().createParser(line)) {
                        p.nextToken();
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String name = p.currentName();
                            p.nextToken();
                            r.put(name, p.getValueAsString());
                        }
                    }
                    bad.put(String.valueOf(r.get("id")), r.get("reason"));
                }
            }
        }
        return bad;
    }

    @Test
    void eachPartitionWritesOneShardHoldingExactlyTheQuadsExtractWritesGraphByGraph() throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Set<Triple>> expected = extract(List.of(corpus.toString()), problems);
        Map<String, Set<Triple>> actual = shards(out);
        assertEquals(300, expected.size());
        assertEquals(expected.keySet(), actual.keySet());
        for (String g : expected.keySet()) assertEquals(expected.get(g), actual.get(g), g);
        // two gzipped files spread over two partitions per core of local[2]
        assertEquals(4, ShardReader.shardsIn(out.resolve("shards")).size(), "one shard per partition");
        long quads = expected.values().stream().mapToLong(Set::size).sum();
        assertEquals(new JobSummary(4, 300, quads, 4, summary.seconds()), summary);
        String json = Files.readString(out.resolve("summary.json"));
        assertTrue(json.contains("\"articles\":300") && json.contains("\"quads\":" + quads) && json.contains("\"failures\":4"), json);
    }

    @Test
    void badRecordsAreReportedByIdAndTheReasonExtractGivesAndFailNothing() throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        extract(List.of(corpus.toString()), problems);
        Map<String, String> bad = badRecords(out);
        assertEquals(Set.of("null", "bad-no-text", "bad-empty", org.akhbar.source.ArticleIds.fromUrl("https://example.org/cut")), bad.keySet());
        Set<String> coreReasons = new HashSet<>();
        for (InputProblem p : problems) coreReasons.add(p.message());
        assertEquals(coreReasons, new HashSet<>(bad.values()));
        assertEquals("no text field (expected \"text\" or \"content\")", bad.get("bad-no-text"));
        assertEquals("empty article (no text)", bad.get("bad-empty"));
    }

    @Test
    void theShardsLoadIntoTheStoreThatLoadingTheArticlesGives() throws IOException {
        try (AkhbarStore fromShards = AkhbarStore.open(dir.resolve("store-shards"));
             AkhbarStore fromArticles = AkhbarStore.open(dir.resolve("store-articles"))) {
            List<InputProblem> problems = new ArrayList<>();
            StoreLoader.Listener listener = new StoreLoader.Listener() {
                @Override public void progress(LoadCounts soFar) { }
                @Override public void problem(InputProblem p) { problems.add(p); }
            };
            LoadCounts shards = new ShardLoader(fromShards, 500, 200_000, true).load(ShardReader.shardsIn(out.resolve("shards")), listener);
            assertEquals(List.of(), problems);
            LoadCounts articles = new StoreLoader(fromArticles, new ParallelRunner(Pipeline.standard(), 2), 500, 200_000)
                    .load(ArticleReader.builder().build(), List.of(corpus.toString()), listener);
            assertEquals(articles.added(), shards.added());
            assertEquals(articles.quads(), shards.quads());
            assertEquals(quads(fromArticles), quads(fromShards));
        }
    }

    static Set<Quad> quads(AkhbarStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            Set<Quad> all = new HashSet<>();
            s.dataset().find().forEachRemaining(all::add);
            return all;
        });
    }

    @Test
    void plainTextFilesAreOneArticleEachWithTheirFileNameAsId() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        List<String> records = SyntheticArticles.records(12);
        for (int i = 0; i < records.size(); i++) {
            String text = records.get(i).replaceAll(".*\"text\":\"([^\"]*)\".*", "$1").replace("\\n", "\n");
            Files.writeString(texts.resolve(String.format("t%03d.txt", i)), "خبر رقم " + i + "\n\n" + text);
        }
        Files.write(texts.resolve("empty.txt"), new byte[0]);
        Path output = dir.resolve("out-text");
        JobSummary s = ExtractJob.run(spark, new JobSettings(List.of(texts.toUri().toString()), output.toUri().toString(), JobSettings.Format.TEXT, 2, 1_000_000));
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Set<Triple>> expected = extract(List.of(texts.toString()), problems);
        assertEquals(12, expected.size());
        assertEquals(expected, shards(output));
        assertEquals(12, s.articles());
        assertEquals(Map.of("empty", "empty article (no text)"), badRecords(output));
    }

    @Test
    void parquetRowsAreRecordsWithTheFieldsOfJsonRecords() throws Exception {
        Path clean = SyntheticArticles.writeGzip(dir.resolve("clean.jsonl.gz"), SyntheticArticles.records(40));
        Path parquet = dir.resolve("articles.parquet");
        spark.read().json(clean.toUri().toString()).write().parquet(parquet.toUri().toString());
        Path output = dir.resolve("out-parquet");
        JobSummary s = ExtractJob.run(spark, new JobSettings(List.of(parquet.toUri().toString()), output.toUri().toString(), null, 0, 1_000_000));
        Map<String, Set<Triple>> expected = extract(List.of(clean.toString()), new ArrayList<>());
        assertEquals(40, s.articles());
        assertEquals(0, s.failures());
        assertEquals(expected, shards(output));
    }
}
