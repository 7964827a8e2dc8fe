package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.enc;
import static org.akhbar.serve.SeedServer.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.akhbar.store.AkhbarStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve --cors ORIGIN: the named origin's scripts may read answers (and preflight), others still may not. */
class CorsOptionTest {
    static final String YASGUI = "https://yasgui.example";
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;

    @BeforeAll
    static void start() {
        store = AkhbarStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).corsOrigins(List.of(YASGUI)).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void theNamedOriginGetsCorsHeadersOnQueriesAndPreflights() throws Exception {
        HttpResponse<String> r = get(server, "/akhbar/sparql?query=" + enc("ASK {}"), "Origin", YASGUI);
        assertEquals(200, r.statusCode());
        assertEquals(YASGUI, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").isPresent(), "never credentials cross-origin");

        HttpResponse<String> preflight = SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", YASGUI).header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals(YASGUI, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }

    @Test
    void anyOtherOriginStillGetsNone() throws Exception {
        HttpResponse<String> r = get(server, "/akhbar/sparql?query=" + enc("ASK {}"), "Origin", "https://evil.example");
        assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
