package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import org.akhbar.store.AkhbarStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /ontology by content negotiation: Turtle for programs, the page's readable view for browsers (issue 18, item 4). */
class OntologyResourceTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;

    @BeforeAll
    static void start() {
        store = AkhbarStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void turtleIsServedToWhoAsksForIt() throws Exception {
        for (String[] req : new String[][] {{"/ontology", "text/turtle"}, {"/ontology", "text/turtle;q=1.0, */*;q=0.1"}, {"/ontology.ttl", "text/html"}}) {
            HttpResponse<String> r = get(server, req[0], "Accept", req[1]);
            assertEquals(200, r.statusCode(), String.join(" ", req));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(g);
            assertTrue(g.contains(NodeFactory.createURI("https://w3id.org/akhbar/ontology#Statement"), RDFS.label.asNode(),
                    NodeFactory.createLiteralLang("تصريح", "ar")));
        }
    }

    @Test
    void aBrowserIsSentToTheReadablePage() throws Exception {
        HttpResponse<String> r = get(server, "/ontology", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, r.statusCode());
        assertEquals("/#/ontology", r.headers().firstValue("Location").orElse(null));
    }
}
