package org.akhbar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.graph.Vocab;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AkhbarStoreTest {
    @TempDir Path dir;

    static final String TEXT = "بايدن يعلن انتهاء المهمة\n\nأكد الرئيس الأميركي جو بايدن، اليوم الاثنين، أن دور القوات الأميركية في العراق سيقتصر على التدريب.";

    static ArticleGraph graph(String id, String text) {
        return Pipeline.standard().process(new Article(id, "عنوان", text, LocalDate.of(2021, 7, 27), null, null, "test"));
    }

    static long quads(AkhbarStore s) {
        return Txn.calculateRead(s.dataset(), () -> {
            long n = 0;
            var it = s.dataset().find();
            while (it.hasNext()) { it.next(); n++; }
            return n;
        });
    }

    @Test
    void reloadingTheSameArticleLeavesItUnchangedAndChangedTextReplacesIt() {
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            LoadCounts first = s.load(List.of(graph("a1", TEXT)));
            assertEquals(1, first.added());
            long n = quads(s);
            LoadCounts again = s.load(List.of(graph("a1", TEXT)));
            assertEquals(1, again.unchanged());
            assertEquals(n, quads(s));
            LoadCounts changed = s.load(List.of(graph("a1", TEXT + " وأضاف أن التعاون مستمر.")));
            assertEquals(1, changed.replaced());
            assertTrue(quads(s) > n);
        }
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() {
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            s.load(List.of(graph("a1", TEXT), graph("a2", TEXT + " نص آخر.")));
            long articles = Txn.calculateRead(s.dataset(), () -> {
                try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(s.dataset())
                        .query("SELECT (COUNT(?a) AS ?n) { ?a a <" + Vocab.AK + "Article> }").build()) {
                    return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
                }
            });
            assertEquals(2, articles);
        }
    }

    @Test
    void removeDropsTheArticleGraph() {
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            s.load(List.of(graph("a1", TEXT), graph("a2", TEXT + " نص آخر.")));
            List<String> missing = s.remove(List.of(Vocab.AKR + "article/a1", "nope"));
            assertEquals(List.of("nope"), missing);
            Node g1 = Vocab.graph("a1");
            assertFalse(Txn.calculateRead(s.dataset(), () -> s.dataset().find(g1, Node.ANY, Node.ANY, Node.ANY).hasNext()));
            assertEquals(1L, s.stats().counts().get("articles"));
        }
    }

    @Test
    void exportStreamsQuadsThatParseBackToTheSameCount() {
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            s.load(List.of(graph("a1", TEXT), graph("a2", TEXT + " نص آخر.")));
            for (RDFFormat f : List.of(RDFFormat.NQUADS, RDFFormat.TRIG_BLOCKS)) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long n = s.export(out, f, null);
                DatasetGraph back = DatasetGraphFactory.createTxnMem();
                RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(f.getLang()).parse(back);
                assertEquals(n, back.stream().count(), f.toString());
                assertEquals(quads(s), n);
            }
        }
    }

    @Test
    void shaclIsCleanOnExtractedArticlesAndCatchesABrokenSpan() {
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            s.load(List.of(graph("a1", TEXT)));
            ShapeValidator v = new ShapeValidator();
            assertEquals(List.of(), v.validate(s));
            Txn.executeWrite(s.dataset(), () -> {
                Node m = s.dataset().find(Node.ANY, Node.ANY, Vocab.NIF_ANCHOR_OF, Node.ANY).next().getSubject();
                Node g = Vocab.graph("a1");
                s.dataset().deleteAny(g, m, Vocab.NIF_ANCHOR_OF, Node.ANY);
                s.dataset().add(g, m, Vocab.NIF_ANCHOR_OF, NodeFactory.createLiteralString("ليس هذا"));
            });
            List<ShapeValidator.Violation> violations = v.validate(s);
            assertEquals(1, violations.size());
            assertTrue(violations.get(0).message().contains("substring"), violations.get(0).toString());
        }
    }

    @Test
    void yearRangesDurationsAndSetsKeepTheShapes() {
        String text = "حكم البلاد من 1981 إلى 2011، وسجن ثلاث سنوات، وتجتمع اللجنة سنويا منذ الربع الثاني من العام الماضي.";
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            s.load(List.of(graph("a1", text)));
            assertEquals(List.of(), new ShapeValidator().validate(s));
            String q = "PREFIX ak: <https://w3id.org/akhbar/ontology#> PREFIX time: <http://www.w3.org/2006/time#> "
                    + "SELECT ?type ?dur ?b { ?t a ak:TimeExpression ; ak:timexType ?type "
                    + "OPTIONAL { ?t ak:duration ?dur } OPTIONAL { ?t ak:resolvesTo/time:hasBeginning/time:inXSDgYear ?b } }";
            java.util.Set<String> rows = new java.util.TreeSet<>();
            Txn.executeRead(s.dataset(), () -> {
                try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(s.dataset()).query(q).build()) {
                    qe.select().forEachRemaining(b -> rows.add(b.get("type").getLocalName()
                            + (b.get("dur") == null ? "" : " " + b.get("dur").getLiteralLexicalForm() + " " + b.get("dur").getLiteralDatatypeURI())
                            + (b.get("b") == null ? "" : " from " + b.get("b").getLiteralLexicalForm())));
                }
            });
            assertEquals(new java.util.TreeSet<>(List.of("TimexDate", "TimexDate from 1981",
                    "TimexDuration P3Y http://www.w3.org/2001/XMLSchema#duration", "TimexSet P1Y http://www.w3.org/2001/XMLSchema#duration")), rows);
            Txn.executeWrite(s.dataset(), () -> {   // a duration that resolves to a date breaks the contract
                Node t = s.dataset().find(Node.ANY, Node.ANY, Vocab.TIMEX_TYPE, Vocab.ak("TimexDuration")).next().getSubject();
                s.dataset().add(Vocab.graph("a1"), t, Vocab.RESOLVES_TO, Vocab.date("1981"));
            });
            List<ShapeValidator.Violation> violations = new ShapeValidator().validate(s);
            assertEquals(1, violations.size(), violations.toString());
            assertTrue(violations.get(0).message().contains("never resolves"), violations.get(0).toString());
        }
    }

    @Test
    void aSecondProcessCannotOpenAStoreThatIsHeld() throws Exception {
        Path db = dir.resolve("db");
        try (AkhbarStore s = AkhbarStore.open(db)) {
            s.load(List.of(graph("a1", TEXT)));
        }
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // hold the store in this JVM, then try from another one
        try (AkhbarStore held = AkhbarStore.open(db)) {
            Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                    "org.akhbar.cli.AkhbarCommand", "stats", "--db", db.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(2, p.waitFor(), "the store is busy: exit 2 (issue 19 item 7)");
            assertTrue(out.contains("is in use by process " + ProcessHandle.current().pid() + " (java "), out);
            assertTrue(out.contains("akhbar stats --endpoint http://127.0.0.1:3030/akhbar/sparql"), out);
        }
    }

    @Test
    void aStoreWhoseCreationWasCutShortIsMadeAfreshAndAByteWordIsNotALockProblem() throws Exception {
        Path db = dir.resolve("db");
        java.nio.file.Files.createDirectories(dir.resolve("db.akhbar-new").resolve("Data-0001"));
        java.nio.file.Files.writeString(dir.resolve("db.akhbar-new").resolve("Data-0001").resolve("SPOG.dat"), "half made");
        java.nio.file.Files.createDirectories(db);
        try (AkhbarStore s = AkhbarStore.open(db)) {
            assertTrue(s.isEmpty());
            assertEquals(1, s.load(List.of(graph("a1", TEXT))).added());
        }
        assertFalse(java.nio.file.Files.exists(dir.resolve("db.akhbar-new")));
        assertFalse(AkhbarStore.isLockProblem(new RuntimeException("Node block manager empty = true")));
        assertTrue(AkhbarStore.isLockProblem(new RuntimeException("Location already locked")));
    }
}
