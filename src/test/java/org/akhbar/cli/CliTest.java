package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Each command as a user runs it: exit codes, what it prints, what it leaves in the store. */
class CliTest {
    @TempDir Path dir;

    static CliRun run(String... args) { return CliRun.of(args); }

    static Path seeds() { return Path.of("seeds"); }

    @Test
    void extractWritesTheSeedsAsTwoArticlesWithTheDatelineDateOnTheFirstOnly() throws Exception {
        CliRun r = run("extract", seeds().toString(), "--format", "nquads");
        assertEquals(0, r.exit(), r.err());
        DatasetGraph g = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(r.out(), Lang.NQUADS).parse(g);
        String q = "SELECT ?a ?d ?t { GRAPH ?g { ?a a <https://w3id.org/akhbar/ontology#Article> ; <https://w3id.org/akhbar/ontology#text> ?t "
                + "OPTIONAL { ?a <http://schema.org/datePublished> ?d } } } ORDER BY ?a";
        try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(g).query(q).build()) {
            var rows = qe.select().materialize();
            var first = rows.next();
            var second = rows.next();
            assertEquals("2021-07-27", first.get("d").getLiteralLexicalForm());
            assertEquals(Files.readString(seeds().resolve("000_d370733e592f79a1.txt")), first.get("t").getLiteralLexicalForm());
            assertEquals(null, second.get("d"));
            assertEquals(Files.readString(seeds().resolve("001_04c9fda605f6e1d2.txt")), second.get("t").getLiteralLexicalForm());
        }
    }

    @Test
    void theSecondSeedAsAJsonRecordWithAPublishDateResolvesItsRelativeDates() throws Exception {
        String body = Files.readString(seeds().resolve("001_04c9fda605f6e1d2.txt"));
        String json = "{\"id\":\"seed1\",\"text\":" + "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(body)) + "\"" + ",\"publish_date\":\"2021-07-27\"}";
        Path record = Files.writeString(dir.resolve("seed1.json"), json);
        String q = "SELECT ?anchor ?d { ?t a <https://w3id.org/akhbar/ontology#TimeExpression> ; "
                + "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?anchor ; "
                + "<https://w3id.org/akhbar/ontology#resolvesTo> ?d }";
        for (String[] c : new String[][] {{record.toString(), "resolved"}, {seeds().resolve("001_04c9fda605f6e1d2.txt").toString(), "unresolved"}}) {
            CliRun r = run("extract", c[0]);
            assertEquals(0, r.exit(), r.err());
            DatasetGraph g = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(r.out(), Lang.NQUADS).parse(g);
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(g).query(q.replace("{ ?t", "{ GRAPH ?g { ?t") + " }").build()) {
                java.util.Map<String, String> resolved = new java.util.HashMap<>();
                qe.select().forEachRemaining(b -> resolved.put(b.get("anchor").getLiteralLexicalForm(), b.get("d").getURI()));
                if (c[1].equals("unresolved")) {
                    assertTrue(resolved.isEmpty(), "plain text without a date resolves nothing: " + resolved);
                } else {
                    assertEquals("https://w3id.org/akhbar/id/date/2021-07-26", resolved.get("الاثنين"), resolved.toString());
                    assertEquals("https://w3id.org/akhbar/id/date/2021-07-19--2021-07-25", resolved.get("الأسبوع الماضي"), resolved.toString());
                }
            }
        }
    }

    @Test
    void everyOutputFormatParses() {
        for (String f : new String[] {"turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"}) {
            CliRun r = run("extract", seeds().resolve("001_04c9fda605f6e1d2.txt").toString(), "-f", f);
            assertEquals(0, r.exit(), f + ": " + r.err());
            Lang lang = switch (f) {
                case "turtle" -> Lang.TURTLE; case "trig" -> Lang.TRIG; case "nquads" -> Lang.NQUADS;
                case "ntriples" -> Lang.NTRIPLES; case "jsonld" -> Lang.JSONLD; default -> Lang.RDFXML;
            };
            DatasetGraph g = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(r.out(), lang).parse(g);
            assertTrue(g.stream().count() > 10, f);
        }
    }

    @Test
    void loadQueryStatsValidateExportAndRemoveWorkOnOneStore() throws Exception {
        String db = dir.resolve("db").toString();
        CliRun load = run("load", "--db", db, seeds().toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("2 new"), load.out());
        CliRun again = run("load", "--db", db, seeds().toString());
        assertTrue(again.out().contains("2 unchanged"), again.out());

        CliRun q = run("query", "--db", db, "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/akhbar/ontology#Article> }");
        assertEquals(0, q.exit(), q.err());
        assertTrue(q.out().contains("2"), q.out());
        CliRun ask = run("query", "--db", db, "ASK { ?s ?p ?o }");
        assertTrue(ask.out().contains("yes"));

        assertTrue(run("stats", "--db", db).out().contains("articles"));
        CliRun valid = run("validate", "--db", db);
        assertEquals(0, valid.exit(), valid.out());

        Path out = dir.resolve("all.nq");
        assertEquals(0, run("export", "--db", db, "-o", out.toString()).exit());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.source(out).lang(Lang.NQUADS).parse(back);
        assertTrue(back.stream().count() > 100);

        CliRun rm = run("remove", "--db", db, "https://w3id.org/akhbar/id/article/000_d370733e592f79a1");
        assertEquals(0, rm.exit(), rm.err());
        CliRun q2 = run("query", "--db", db, "--format", "csv", "SELECT (COUNT(*) AS ?n) { ?a a <https://w3id.org/akhbar/ontology#Article> }");
        assertTrue(q2.out().contains("1"), q2.out());
    }

    @Test
    void anEmptyStoreIsBulkLoadedToTheSameQuadsAsWriteTransactions() {
        String bulkDb = dir.resolve("bulk").toString(), txDb = dir.resolve("tx").toString();
        CliRun bulk = run("load", "--db", bulkDb, seeds().toString());
        assertEquals(0, bulk.exit(), bulk.err());
        assertTrue(bulk.out().contains("2 new"), bulk.out());
        CliRun tx = run("load", "--no-bulk", "--db", txDb, seeds().toString());
        assertEquals(0, tx.exit(), tx.err());
        assertEquals(bulk.out().replaceAll(" in [0-9.]+ s", ""), tx.out().replaceAll(" in [0-9.]+ s", ""));
        assertEquals(run("export", "--db", bulkDb).out().lines().sorted().toList(),
                run("export", "--db", txDb).out().lines().sorted().toList());
        assertEquals(0, run("validate", "--db", bulkDb).exit());
        CliRun again = run("load", "--db", bulkDb, seeds().toString());
        assertTrue(again.out().contains("2 unchanged"), again.out());
    }

    @Test
    void badInputsAreReportedByNameAndTheExitCodeSaysSomeFailed() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "عنوان\n\nأكد الرئيس أن التعاون مستمر.");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{not json");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        CliRun r = run("load", "--db", dir.resolve("db").toString(), good.toString(), bad.toString(), empty.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("bad.json") && r.err().contains("empty.txt"), r.err());
        assertTrue(r.out().contains("1 new") && r.out().contains("2 failed"), r.out());
    }

    @Test
    void usageErrorsExitWithTwoAndHelpReachesEverySubcommand() {
        assertEquals(2, run("load").exit());
        assertEquals(2, run("frobnicate").exit());
        for (String c : new String[] {"load", "extract", "serve", "query", "export", "stats", "validate", "remove", "bench", "ner-eval"}) {
            CliRun r = run(c, "--help");
            assertEquals(0, r.exit(), c);
            assertTrue(r.out().contains("Usage: akhbar " + c), c);
        }
        assertTrue(run("--version").out().contains("akhbar"));
    }

    @Test
    void malformedQueriesAreUsageErrorsWithTheParserMessage() {
        CliRun r = run("query", "--db", dir.resolve("db").toString(), "SELEC nothing");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("does not parse"));
    }

    @Test
    void extractReadsStandardInput() {
        java.io.InputStream old = System.in;
        try {
            System.setIn(new ByteArrayInputStream("{\"id\":\"s1\",\"title\":\"عنوان\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_8)));
            CliRun r = run("extract", "-");
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().contains("article/s1"));
        } finally {
            System.setIn(old);
        }
    }
}
