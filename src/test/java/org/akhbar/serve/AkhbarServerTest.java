package org.akhbar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.akhbar.store.AkhbarStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AkhbarServerTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() {
        store = AkhbarStore.open(dir.resolve("db"));
        store.load(List.of(Pipeline.standard().process(new Article("a1", "عنوان",
                "عنوان\n\nأكد الرئيس الأميركي جو بايدن أن التعاون مع العراق مستمر.", LocalDate.of(2021, 7, 27), null, null, "t"))));
        server = AkhbarServer.builder(store.dataset()).port(0).timeoutMillis(2000).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @Test
    void bindsLoopbackByDefault() {
        assertEquals("127.0.0.1", server.host());
        assertTrue(server.sparqlUrl().startsWith("http://127.0.0.1:"));
    }

    @Test
    void answersQueriesOverTheUnionGraph() throws Exception {
        HttpResponse<String> r = post("/akhbar/sparql", "query=" + enc("SELECT ?t { ?a a <https://w3id.org/akhbar/ontology#Article> ; <http://schema.org/headline> ?t }"));
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("عنوان"), r.body());
    }

    @Test
    void refusesUpdatesSuchAsDropAll() throws Exception {
        HttpResponse<String> r = post("/akhbar/sparql", "update=" + enc("DROP ALL"));
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, "status " + r.statusCode());
        HttpResponse<String> r2 = post("/akhbar", "update=" + enc("DROP ALL"));
        assertTrue(r2.statusCode() >= 400 && r2.statusCode() < 500, "status " + r2.statusCode());
        assertEquals(1L, store.stats().counts().get("articles"));
    }

    @Test
    void malformedSparqlIsABadRequestWithTheParserMessage() throws Exception {
        HttpResponse<String> r = post("/akhbar/sparql", "query=" + enc("SELEC ?x WHERE {"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().toLowerCase().contains("parse") || r.body().contains("Encountered"), r.body());
    }
}
