package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.enc;
import static org.akhbar.serve.SeedServer.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Graph Store Protocol reads a user of Fuseki expects (issue 18): the default graph, a
 * named graph, the whole dataset — anonymous and read-only, on /akhbar/data and /akhbar/get.
 */
class GraphStoreReadTest {
    static final String GRAPH = "https://w3id.org/akhbar/id/graph/000_d370733e592f79a1";
    @TempDir static Path dir;
    static AkhbarStore store, writableStore;
    static AkhbarServer server, writable;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).build().start();
        writableStore = SeedStore.open(dir.resolve("rw"));
        Path passwords = Files.writeString(dir.resolve("passwords"), "writer: s3cret\n");
        writable = AkhbarServer.builder(writableStore.dataset()).port(0).allowUpdate(passwords).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        writable.close();
        store.close();
        writableStore.close();
    }

    static Graph turtle(String body) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, Lang.TURTLE).parse(g);
        return g;
    }

    @Test
    void aNamedGraphIsReadWithGetOnDataAndOnGet() throws Exception {
        long size = Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(NodeFactory.createURI(GRAPH)).size());
        for (String service : new String[] {"/akhbar/data", "/akhbar/get"}) {
            HttpResponse<String> r = get(server, service + "?graph=" + enc(GRAPH), "Accept", "text/turtle");
            assertEquals(200, r.statusCode(), service + ": " + r.body());
            assertEquals(size, turtle(r.body()).size(), service);
        }
        assertEquals(404, get(server, "/akhbar/get?graph=" + enc(GRAPH + "-none")).statusCode());
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticles() throws Exception {
        HttpResponse<String> r = get(server, "/akhbar/data?default", "Accept", "application/n-triples");
        assertEquals(200, r.statusCode(), r.body());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(r.body(), Lang.NTRIPLES).parse(g);
        long union = Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionGraph().size());
        assertTrue(union > 100);
        assertEquals(union, g.size());
    }

    @Test
    void theWholeDatasetComesAsQuadsWithItsGraphs() throws Exception {
        HttpResponse<String> r = get(server, "/akhbar/get", "Accept", "application/n-quads");
        assertEquals(200, r.statusCode(), r.body());
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(r.body(), Lang.NQUADS).parse(back);
        long quads = Txn.calculateRead(store.dataset(), () -> store.dataset().stream().count());
        assertEquals(quads, back.stream().count());
        assertTrue(back.containsGraph(NodeFactory.createURI(GRAPH)));
    }

    @Test
    void writesThroughTheReadServicesAreRefused() throws Exception {
        for (String service : new String[] {"/akhbar/data", "/akhbar/get"}) {
            HttpResponse<String> r = SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + service + "?graph=" + enc(GRAPH)))
                    .header("Content-Type", "application/n-triples")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, r.statusCode(), service);
            HttpResponse<String> d = SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + service + "?graph=" + enc(GRAPH)))
                    .DELETE().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(405, d.statusCode(), service);
        }
        assertEquals(2L, store.stats().counts().get("articles"));
    }

    @Test
    void withWritersGetStaysAnonymousAndDataNeedsTheirPassword() throws Exception {
        assertEquals(200, get(writable, "/akhbar/get?graph=" + enc(GRAPH)).statusCode());
        assertEquals(401, get(writable, "/akhbar/data?graph=" + enc(GRAPH)).statusCode());
    }
}
