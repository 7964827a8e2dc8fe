package org.akhbar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference queries in queries/: listed for the page, documented, and answering on the seeds. */
class ReferenceQueriesTest {
    static final Path QUERIES = Path.of("queries");
    @TempDir static Path dir;
    static AkhbarStore store;

    @BeforeAll
    static void load() { store = SeedStore.open(dir.resolve("db")); }

    @AfterAll
    static void close() { store.close(); }

    static List<String> listed() throws Exception {
        return Files.readAllLines(QUERIES.resolve("index.txt")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    @Test
    void everyQueryFileIsListedForThePageAndEveryListedOneExists() throws Exception {
        try (Stream<Path> files = Files.list(QUERIES)) {
            List<String> rq = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
            assertEquals(rq, listed().stream().sorted().toList());
        }
    }

    @Test
    void everyQueryHasATitleInBothLanguagesAndIsNamedInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (String name : listed()) {
            String q = Files.readString(QUERIES.resolve(name));
            assertTrue(q.contains("# title: ") && q.contains("# title-ar: "), name);
            assertTrue(readme.contains("queries/" + name), "README does not document " + name);
        }
    }

    @Test
    void everyQueryParsesAndFindsRowsInTheSeeds() throws Exception {
        for (String name : listed()) {
            String q = Files.readString(QUERIES.resolve(name));
            QueryFactory.create(q);
            long rows = Txn.calculateRead(store.dataset(), () -> {
                try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
                    RowSet rs = qe.select();
                    long n = 0;
                    while (rs.hasNext()) { rs.next(); n++; }
                    return n;
                }
            });
            assertTrue(rows > 0, name + " found nothing in the seeds");
        }
    }

    @Test
    void theEvidenceQueryConfirmsEachSpanAgainstTheArticleText() throws Exception {
        String q = Files.readString(QUERIES.resolve("evidence-of-fact.rq"));
        Txn.executeRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(q).build()) {
                qe.select().forEachRemaining(row -> assertEquals("true", row.get("matchesText").getLiteralLexicalForm()));
            }
        });
    }

    /** The reference queries are written for speed; these plain versions say what they must answer. */
    static final String PREFIXES = """
            PREFIX ak: <https://w3id.org/akhbar/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    @Test
    void theTimelineListsEveryDatedStatementAndAgreementLatestFirst() throws Exception {
        List<List<String>> timeline = rows(Files.readString(QUERIES.resolve("timeline.rq")), "when", "fact", "kind", "article");
        List<List<String>> plain = rows(PREFIXES + """
                SELECT ?when ?fact ?kind ?article WHERE {
                  GRAPH ?g { ?fact ak:date ?date ; a ?kind ; ak:source ?article }
                  FILTER (?kind IN (ak:Statement, ak:Agreement))
                  BIND (STRAFTER(STR(?date), "https://w3id.org/akhbar/id/date/") AS ?when)
                }""", "when", "fact", "kind", "article");
        assertTrue(plain.size() >= 2, "the seeds have dated facts");
        assertEquals(sorted(plain), sorted(timeline));
        for (int i = 1; i < timeline.size(); i++)
            assertTrue(timeline.get(i - 1).get(0).compareTo(timeline.get(i).get(0)) >= 0, "latest first: " + timeline.get(i));
    }

    @Test
    void theAgreementsQueryGivesEachAgreementEveryPartyReadInItsOwnArticle() throws Exception {
        List<List<String>> agreements = rows(Files.readString(QUERIES.resolve("agreements.rq")), "agreement", "party", "when", "status", "article");
        List<List<String>> plain = rows(PREFIXES + """
                SELECT ?agreement ?party ?when ?status ?article WHERE {
                  GRAPH ?g { ?agreement a ak:Agreement ; ak:source ?article
                             OPTIONAL { ?agreement ak:party ?party }
                             OPTIONAL { ?agreement ak:status ?status }
                             OPTIONAL { ?agreement ak:date ?date } }
                  BIND (STRAFTER(STR(?date), "https://w3id.org/akhbar/id/date/") AS ?when)
                }""", "agreement", "party", "when", "status", "article");
        assertTrue(plain.size() >= 5, "the seeds have agreements with parties");
        assertEquals(sorted(plain), sorted(agreements));
        // latest first (undated last), and an agreement's rows together
        java.util.Set<String> done = new java.util.HashSet<>();
        for (int i = 1; i < agreements.size(); i++) {
            List<String> before = agreements.get(i - 1), row = agreements.get(i);
            assertTrue(row.get(2).isEmpty() || before.get(2).compareTo(row.get(2)) >= 0, "latest first: " + row);
            if (!before.get(0).equals(row.get(0))) assertTrue(done.add(before.get(0)), "rows of " + before.get(0) + " apart");
        }
        assertTrue(!done.contains(agreements.get(agreements.size() - 1).get(0)), "rows of the last agreement apart");
    }

    /** The named columns of every row, an unbound one as "". */
    static List<List<String>> rows(String query, String... vars) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (QueryExec qe = QueryExec.dataset(store.dataset()).query(query).build()) {
                List<List<String>> out = new java.util.ArrayList<>();
                qe.select().forEachRemaining(row -> out.add(Stream.of(vars)
                        .map(v -> row.contains(v) ? row.get(v).toString() : "").toList()));
                return out;
            }
        });
    }

    static List<List<String>> sorted(List<List<String>> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }
}
