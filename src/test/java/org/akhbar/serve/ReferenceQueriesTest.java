package org.akhbar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.akhbar.store.AkhbarStore;
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
    static void load() { store = SeedServer.seedStore(dir.resolve("db")); }

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
}
