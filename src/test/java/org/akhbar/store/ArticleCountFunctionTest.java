package org.akhbar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** akf:articleCount answers what the plain GROUP BY over ak:mentionedIn answers, on TDB2 and elsewhere. */
class ArticleCountFunctionTest {
    static final String PREFIXES = """
            PREFIX ak: <https://w3id.org/akhbar/ontology#>
            PREFIX akf: <https://w3id.org/akhbar/function#>
            """;
    static final String PLAIN = PREFIXES + """
            SELECT ?actor (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?actor ak:mentionedIn ?article } } GROUP BY ?actor""";

    @TempDir static Path dir;
    static AkhbarStore store;

    @BeforeAll
    static void loadSeeds() { store = SeedStore.open(dir.resolve("db")); }

    @AfterAll
    static void close() { store.close(); }

    @Test
    void countsEveryActorsArticlesAsTheGroupByDoes() {
        Map<String, String> expected = counts(store.dataset(), PLAIN);
        assertTrue(expected.containsValue("2"), "the two seeds share actors (Iraq, the United States)");
        assertEquals(expected, counts(store.dataset(), PREFIXES + "SELECT ?actor ?n WHERE { ?actor akf:articleCount ?n }"));
    }

    @Test
    void aGivenActorGetsItsOwnCountAndAGivenCountItsActors() {
        Map<String, String> all = counts(store.dataset(), PLAIN);
        String iraq = "https://w3id.org/akhbar/id/actor/Q796";
        assertEquals("2", all.get(iraq));
        assertEquals(Map.of(iraq, "2"), counts(store.dataset(),
                PREFIXES + "SELECT ?actor ?n WHERE { BIND (<" + iraq + "> AS ?actor) ?actor akf:articleCount ?n }"));
        Map<String, String> twice = counts(store.dataset(), PREFIXES + "SELECT ?actor (2 AS ?n) WHERE { ?actor akf:articleCount 2 }");
        assertFalse(twice.isEmpty());
        all.values().removeIf(n -> !n.equals("2"));
        assertEquals(all, twice);
    }

    @Test
    void anActorNeverMentionedHasNoCount() {
        assertTrue(counts(store.dataset(), PREFIXES + "SELECT ?actor ?n WHERE { BIND (<urn:nobody> AS ?actor) ?actor akf:articleCount ?n }").isEmpty());
    }

    @Test
    void aDatasetOutsideTdb2GetsTheSameAnswers() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> Txn.executeWrite(copy, () -> store.dataset().find().forEachRemaining(copy::add)));
        assertEquals(counts(store.dataset(), PLAIN), counts(copy, PREFIXES + "SELECT ?actor ?n WHERE { ?actor akf:articleCount ?n }"));
    }

    static Map<String, String> counts(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, String> out = new TreeMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                qe.select().forEachRemaining(row -> out.put(row.get("actor").getURI(), row.get("n").getLiteralLexicalForm()));
            }
            return out;
        });
    }
}
