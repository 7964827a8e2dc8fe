package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.get;
import static org.akhbar.serve.SeedServer.query;
import static org.akhbar.serve.SeedServer.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
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

/** Each safety default of the endpoint, and what opening it up (updates with a password) does. */
class EndpointSafetyTest {
    @TempDir static Path dir;
    static AkhbarStore readOnlyStore, writableStore;
    static AkhbarServer readOnly, writable;

    @BeforeAll
    static void start() throws Exception {
        readOnlyStore = SeedStore.open(dir.resolve("ro"));
        readOnly = AkhbarServer.builder(readOnlyStore.dataset()).port(0).timeoutMillis(1500)
                .pageRows(5).maxRequestBytes(64 * 1024).stats(() -> readOnlyStore.stats().counts()).build().start();
        Path passwords = Files.writeString(dir.resolve("passwords"), "writer: s3cret\n");
        writableStore = SeedStore.open(dir.resolve("rw"));
        writable = AkhbarServer.builder(writableStore.dataset()).port(0).allowUpdate(passwords).build().start();
    }

    @AfterAll
    static void stop() {
        readOnly.close();
        writable.close();
        readOnlyStore.close();
        writableStore.close();
    }

    @Test
    void aReadOnlyServerHasNoUpdateEndpointAtAll() throws Exception {
        HttpResponse<String> r = update(readOnly, "DROP ALL", "writer", "s3cret");
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        assertEquals(2L, readOnlyStore.stats().counts().get("articles"));
    }

    @Test
    void updatesAreRefusedWithoutTheRightPassword() throws Exception {
        assertEquals(401, update(writable, "DROP ALL", null, null).statusCode());
        assertEquals(401, update(writable, "DROP ALL", "writer", "wrong").statusCode());
        assertEquals(401, update(writable, "DROP ALL", "intruder", "s3cret").statusCode());
        assertEquals(2L, writableStore.stats().counts().get("articles"));
    }

    @Test
    void theWriterCanUpdateAndPutGraphsWhileQueriesStayAnonymous() throws Exception {
        HttpResponse<String> u = update(writable, "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"o\" } }", "writer", "s3cret");
        assertEquals(2, u.statusCode() / 100, u.body());
        HttpResponse<String> put = SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(writable.baseUrl() + "/akhbar/data?graph=" + SeedServer.enc("urn:test:put")))
                .header("Content-Type", "application/n-triples")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("writer:s3cret".getBytes()))
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:a> <urn:test:b> \"c\" .\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(2, put.statusCode() / 100, put.body());
        HttpResponse<String> ask = query(writable, "/akhbar/sparql", "ASK { GRAPH <urn:test:put> { <urn:test:a> ?p ?o } }", "application/sparql-results+json");
        assertEquals(200, ask.statusCode());
        assertTrue(ask.body().contains("true"), ask.body());
    }

    @Test
    void updatesWithoutAReadablePasswordFileRefuseToStart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AkhbarServer.builder(readOnlyStore.dataset()).allowUpdate(dir.resolve("missing")).build());
        assertTrue(e.getMessage().contains("password file"), e.getMessage());
    }

    @Test
    void federatedServiceIsRefusedBeforeAnyFetch() throws Exception {
        HttpResponse<String> r = query(readOnly, "/akhbar/sparql",
                "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "text/csv");
        assertEquals(403, r.statusCode());
        assertTrue(r.body().contains("--allow-service"), r.body());
        HttpResponse<String> nested = query(readOnly, "/akhbar/sparql",
                "SELECT * WHERE { ?s ?p ?o FILTER EXISTS { SELECT ?x { SERVICE <http://127.0.0.1:9/sparql> { ?x ?y ?z } } } }", "text/csv");
        assertEquals(403, nested.statusCode());
    }

    @Test
    void aRunawayQueryIsStoppedByTheTimeoutWith503() throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = query(readOnly, "/akhbar/sparql",
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", "text/csv");
        assertEquals(503, r.statusCode(), r.body());
        assertTrue((System.nanoTime() - t0) / 1e9 < 20, "the timeout fired late");
    }

    @Test
    void malformedSparqlIsA400WithTheParserMessage() throws Exception {
        HttpResponse<String> r = query(readOnly, "/akhbar/page", "SELECT ?x WHERE { ?x ", "text/csv");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("Encountered") || r.body().contains("line 1"), r.body());
    }

    @Test
    void aRequestBodyOverTheLimitIsA413() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } #" + "x".repeat(100 * 1024);
        // its own client: the server closes the connection after a 413, which must not fail other tests' pooled requests
        HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = own.send(HttpRequest.newBuilder(URI.create(readOnly.baseUrl() + "/akhbar/sparql"))
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
    }

    @Test
    void thePageEndpointCapsRowsAndSaysSoWhileTheSparqlEndpointDoesNot() throws Exception {
        HttpResponse<String> page = query(readOnly, "/akhbar/page", "SELECT ?s WHERE { ?s ?p ?o }", "text/tab-separated-values");
        assertEquals(200, page.statusCode());
        assertEquals(1 + 5, page.body().strip().lines().count());
        assertEquals("5", page.headers().firstValue("X-Akhbar-Row-Cap").orElse(null));
        HttpResponse<String> full = query(readOnly, "/akhbar/sparql", "SELECT ?s WHERE { ?s ?p ?o }", "text/tab-separated-values");
        assertTrue(full.body().strip().lines().count() > 100);
    }

    @Test
    void pingAndDatasetStatisticsAnswer() throws Exception {
        assertEquals(200, get(readOnly, "/$/ping").statusCode());
        HttpResponse<String> stats = get(readOnly, "/api/stats");
        assertEquals(200, stats.statusCode());
        assertTrue(stats.body().contains("\"articles\": 2"), stats.body());
    }

    @Test
    void corsHeadersGoToThePagesOwnOriginOnly() throws Exception {
        String own = readOnly.baseUrl();
        HttpResponse<String> same = get(readOnly, "/akhbar/sparql?query=" + SeedServer.enc("ASK {}"), "Origin", own);
        assertEquals(own, same.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> other = get(readOnly, "/akhbar/sparql?query=" + SeedServer.enc("ASK {}"), "Origin", "http://evil.example");
        assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        HttpResponse<String> preflight = SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(own + "/akhbar/sparql"))
                .header("Origin", "http://evil.example").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertFalse(preflight.headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }

    @Test
    void theWebPageAndItsFilesComeFromTheJarWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> index = get(readOnly, "/");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("dir=\"rtl\""));
        assertTrue(index.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
        for (String f : new String[] {"/app.js", "/app.css", "/vendor/yasqe/yasqe.min.js", "/queries/index.txt", "/queries/timeline.rq"})
            assertEquals(200, get(readOnly, f).statusCode(), f);
        HttpResponse<String> escape = get(readOnly, "/../pom.xml");
        assertEquals(4, escape.statusCode() / 100);
        assertFalse(escape.body().contains("<project"));
        assertFalse(index.body().matches("(?s).*(src|href)=\"(https?:)?//.*"), "no file may come from another host");
    }
}
