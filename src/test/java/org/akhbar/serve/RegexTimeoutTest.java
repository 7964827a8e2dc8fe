package org.akhbar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21, High 1: a regular expression that backtracks for hours is cut off by the query
 * timeout like any other query, and regular expressions still mean what they meant.
 */
class RegexTimeoutTest {
    /** Backtracks exponentially in java.util.regex: 25 a's took 47 s, each 4 more ×34, so this would run for hours. */
    static final String CATASTROPHIC = "\"" + "a".repeat(29) + "!\", \"^((a+)\\\\2?)+$\"";
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).timeoutMillis(5000).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** The query's status and how long it took, with a client-side bound so a failure cannot hang the build. */
    static HttpResponse<String> run(String query) throws Exception {
        return SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static void assertCutOffByTheTimeout(String query) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> r = run(query);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(503, r.statusCode(), r.body());
        // the timeout is 5 s; the bound is generous for a loaded machine, and far below the hours the match would take
        assertTrue(seconds < 60, "took " + seconds + " s");
    }

    @Test
    void aBackreferenceRegexIsCutOffByTheTimeout() throws Exception {
        assertCutOffByTheTimeout("ASK { FILTER(REGEX(" + CATASTROPHIC + ")) }");
    }

    @Test
    void soAreReplaceAndTheXPathFunctionsOverStoredText() throws Exception {
        assertCutOffByTheTimeout("SELECT (REPLACE(" + CATASTROPHIC + ", \"x\") AS ?r) {}");
        assertCutOffByTheTimeout("PREFIX fn: <http://www.w3.org/2005/xpath-functions#> "
                + "SELECT ?s { ?s ?p ?o FILTER(fn:matches(CONCAT(\"" + "a".repeat(29) + "!\", STR(?o)), \"^((a+)\\\\2?)+$\")) }");
    }

    @Test
    void regularExpressionsKeepTheirMeaning() throws Exception {
        HttpResponse<String> r = run("PREFIX fn: <http://www.w3.org/2005/xpath-functions#> SELECT "
                + "(REGEX(\"Hello\", \"^h\", \"i\") AS ?ci) (REGEX(\"a.c\", \".\", \"q\") AS ?quoted) (REGEX(\"abc\", \"^b\") AS ?no) "
                + "(REPLACE(\"abcabc\", \"b(c)\", \"[$1]\") AS ?group) (REPLACE(\"بايدن\"@ar, \"ب\", \"پ\") AS ?lang) "
                + "(fn:matches(\"xyz\", \"y\") AS ?fn) (fn:replace(\"xyz\", \"y\", \"-\") AS ?fnr) {}");
        assertEquals(200, r.statusCode(), r.body());
        String b = r.body().replaceAll("\\s+", "");
        assertTrue(b.contains("\"ci\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#boolean\",\"value\":\"true\"}"), b);
        assertTrue(b.contains("\"quoted\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#boolean\",\"value\":\"true\"}"), b);
        assertTrue(b.contains("\"no\":{\"type\":\"literal\",\"datatype\":\"http://www.w3.org/2001/XMLSchema#boolean\",\"value\":\"false\"}"), b);
        assertTrue(b.contains("\"value\":\"a[c]a[c]\""), b);
        assertTrue(b.contains("\"xml:lang\":\"ar\",\"value\":\"پايدن\""), b);
        assertTrue(b.contains("\"value\":\"x-z\""), b);
    }
}
