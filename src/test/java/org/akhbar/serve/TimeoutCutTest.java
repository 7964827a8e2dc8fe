package org.akhbar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
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

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

/** Issue 21: a result the timeout cuts short never reaches the client as a complete-looking 200. */
class TimeoutCutTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).timeoutMillis(1000).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static boolean isCompleteJson(String body) {
        try (JsonParser p = new JsonFactory().createParser(body)) {
            while (p.nextToken() != null) { }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void aResultCutByTheTimeoutIsAnErrorNotA200WithBrokenJson() throws Exception {
        // the first rows come at once, all of them would take far longer than the 1 s timeout
        String q = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpResponse<String> r;
        try {
            r = SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl())).timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString(q)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException broken) {
            return; // the transfer was broken off: the client knows the answer is incomplete
        }
        if (r.statusCode() == 200 && !isCompleteJson(r.body()))
            fail("200 with " + r.body().length() + " chars of incomplete JSON, ending " + r.body().substring(Math.max(0, r.body().length() - 300)));
        if (r.statusCode() == 200) fail("the query finished within the timeout; make it bigger");
        assertEquals(503, r.statusCode());
        assertTrue(r.body().length() < 10_000);
    }
}
