package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.query;
import static org.akhbar.serve.SeedServer.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 5 and issue 21: deep or huge query texts get a clear 400 instead of a stack overflow or minutes of parsing. */
class QueryLimitsTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        Path passwords = Files.writeString(dir.resolve("passwords"), "writer: s3cret\n");
        server = AkhbarServer.builder(store.dataset()).port(0).maxQueryDepth(40).allowUpdate(passwords).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static void assertTooDeep(HttpResponse<String> r) {
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("query too deeply nested"), r.body());
    }

    @Test
    void bracketsNestedBeyondTheConfiguredDepthAreA400() throws Exception {
        assertTooDeep(query(server, "/akhbar/sparql", "SELECT * WHERE " + "{".repeat(20_000) + "}".repeat(20_000), "text/csv"));
        assertTooDeep(query(server, "/akhbar/page", "ASK { FILTER(" + "(".repeat(41) + "1" + ")".repeat(41) + ") }", "text/csv"));
    }

    @Test
    void atTheConfiguredDepthAQueryRuns() throws Exception {
        HttpResponse<String> r = query(server, "/akhbar/sparql", "ASK { FILTER(" + "(".repeat(38) + "1 = 1" + ")".repeat(38) + ") }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        // brackets in strings, IRIs and comments are not nesting
        String q = "ASK { ?s ?p ?o FILTER(?o != \"" + "{(".repeat(100) + "\" && ?s != <urn:x:((((((((((((((((((((((((((((((((((((((((((((> ) } # " + "[".repeat(100);
        assertEquals(200, query(server, "/akhbar/sparql", q, "text/csv").statusCode());
    }

    @Test
    void nestingWithoutBracketsThatOverflowsTheParserIsTheSame400() throws Exception {
        assertTooDeep(query(server, "/akhbar/sparql", "ASK { FILTER(" + "!".repeat(50_000) + "true) }", "text/csv"));
    }

    @Test
    void updatesAreHeldToTheSameDepth() throws Exception {
        assertTooDeep(update(server, "INSERT { <urn:a> <urn:b> 1 } WHERE " + "{".repeat(20_000) + "}".repeat(20_000), "writer", "s3cret"));
    }

    @Test
    void aQueryTextOverAMillionCharactersIsRefusedBeforeParsing() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(1_100_000);
        HttpResponse<String> r = SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("too long"), r.body());
    }
}
