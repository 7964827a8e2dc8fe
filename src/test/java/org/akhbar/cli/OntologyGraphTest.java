package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.akhbar.store.AkhbarStore;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ontology's own graph in the store (issue 18, item 4): written once, kept current, and no article. */
class OntologyGraphTest {
    @TempDir Path dir;

    @Test
    void theOntologyGoesInItsOwnGraphOnceAndTheStoreStillCountsAsEmpty() {
        try (AkhbarStore s = AkhbarStore.open(dir.resolve("db"))) {
            assertTrue(OntologyGraph.install(s), "a new store gets the ontology");
            assertFalse(OntologyGraph.install(s), "an unchanged ontology is not written again");
            long size = Txn.calculateRead(s.dataset(), () -> s.dataset().getGraph(AkhbarStore.ONTOLOGY_GRAPH).size());
            assertEquals(OntologyGraph.shipped().size(), size);
            assertTrue(s.isEmpty(), "no articles: a load still takes the bulk path");
            assertEquals(0L, s.stats().counts().get("articles"));
        }
        CliRun load = CliRun.of("load", "--db", dir.resolve("db").toString(), "seeds");
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("2 new"), load.out());
        CliRun labels = CliRun.of("query", "--db", dir.resolve("db").toString(), "-f", "csv",
                "SELECT ?l { <https://w3id.org/akhbar/ontology#Statement> <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(lang(?l) = 'ar') }");
        assertTrue(labels.out().contains("تصريح"), "the union default graph holds the labels (unless a bulk load dropped them): " + labels.out());
    }
}
