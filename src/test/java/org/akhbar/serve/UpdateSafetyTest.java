package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.query;
import static org.akhbar.serve.SeedServer.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Issue 19, item 2: SPARQL Update reads neither the server's files nor the network unless the
 * operator says so. Issue 21, High 3: another site cannot make the operator's browser write.
 */
class UpdateSafetyTest {
    static final String SECRET = "root:x:0:0:hunter2";
    @TempDir static Path dir;
    static AkhbarStore store, loadingStore;
    static AkhbarServer server, loading;
    static HttpServer web;
    static final AtomicInteger fetches = new AtomicInteger();
    static Path secretFile, rdfFile;

    @BeforeAll
    static void start() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), "writer: s3cret\n");
        secretFile = Files.writeString(dir.resolve("passwd"), SECRET + "\n");
        rdfFile = Files.writeString(dir.resolve("data.nt"), "<urn:test:loaded> <urn:test:p> \"o\" .\n");
        store = SeedStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).allowUpdate(passwords).build().start();
        loadingStore = SeedStore.open(dir.resolve("db2"));
        loading = AkhbarServer.builder(loadingStore.dataset()).port(0).allowUpdate(passwords).allowLoad(true).build().start();
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        web.createContext("/", ex -> {
            fetches.incrementAndGet();
            ex.sendResponseHeaders(200, -1);
            ex.close();
        });
        web.start();
    }

    @AfterAll
    static void stop() {
        web.stop(0);
        server.close();
        loading.close();
        store.close();
        loadingStore.close();
    }

    static long quads(AkhbarServer s) throws Exception {
        String csv = query(s, "/akhbar/sparql", "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }", "text/csv").body();
        return Long.parseLong(csv.strip().lines().skip(1).findFirst().orElseThrow().strip());
    }

    @Test
    void loadOfAServerFileIsRefusedAndNothingOfItIsShown() throws Exception {
        long before = quads(server);
        HttpResponse<String> r = update(server, "LOAD <" + secretFile.toUri() + "> INTO GRAPH <urn:test:g>", "writer", "s3cret");
        assertEquals(403, r.statusCode(), r.body());
        assertTrue(r.body().contains("--allow-load"), r.body());
        assertFalse(r.body().contains("hunter2"), r.body());
        assertEquals(before, quads(server));
    }

    @Test
    void loadOfAUrlIsRefusedBeforeAnyFetch() throws Exception {
        int before = fetches.get();
        String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/data.ttl";
        assertEquals(403, update(server, "LOAD <" + url + ">", "writer", "s3cret").statusCode());
        assertEquals(403, update(server, "INSERT DATA { <urn:a> <urn:b> 1 } ; LOAD SILENT <" + url + ">", "writer", "s3cret").statusCode());
        assertEquals(before, fetches.get(), "the server fetched the URL");
    }

    @Test
    void withTheOperatorsOptInLoadWorksButAFailureEchoesNoContent() throws Exception {
        HttpResponse<String> ok = update(loading, "LOAD <" + rdfFile.toUri() + "> INTO GRAPH <urn:test:loaded>", "writer", "s3cret");
        assertEquals(2, ok.statusCode() / 100, ok.body());
        assertTrue(query(loading, "/akhbar/sparql", "ASK { GRAPH <urn:test:loaded> { <urn:test:loaded> ?p ?o } }", "text/csv")
                .body().contains("true"));
        HttpResponse<String> bad = update(loading, "LOAD <" + secretFile.toUri() + "> INTO GRAPH <urn:test:g>", "writer", "s3cret");
        assertEquals(4, bad.statusCode() / 100, bad.body());
        assertFalse(bad.body().contains("hunter2") || bad.body().contains("root"), bad.body());
        assertTrue(bad.body().contains("LOAD failed"), bad.body());
    }

    @Test
    void otherUpdatesStillRun() throws Exception {
        HttpResponse<String> r = update(server, "INSERT DATA { GRAPH <urn:test:other> { <urn:test:s> <urn:test:p> \"o\" } }", "writer", "s3cret");
        assertEquals(2, r.statusCode() / 100, r.body());
    }

    static HttpResponse<String> write(String path, String type, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Content-Type", type)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("writer:s3cret".getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return SeedServer.HTTP.send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean hasGraph(String g) throws Exception {
        return query(server, "/akhbar/sparql", "ASK { GRAPH <" + g + "> { ?s ?p ?o } }", "text/csv").body().contains("true");
    }

    static String insert(String g) {
        return "update=" + SeedServer.enc("INSERT DATA { GRAPH <" + g + "> { <urn:test:s> <urn:test:p> 1 } }");
    }

    @Test
    void aFormOnAnotherSiteCannotWriteWithTheOperatorsCachedPassword() throws Exception {
        HttpResponse<String> r = write("/akhbar/update", "application/x-www-form-urlencoded", insert("urn:test:csrf1"),
                "Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site");
        assertEquals(403, r.statusCode(), r.body());
        // a browser that sends neither header: the form encoding alone is refused
        HttpResponse<String> bare = write("/akhbar/update", "application/x-www-form-urlencoded", insert("urn:test:csrf2"));
        assertEquals(403, bare.statusCode(), bare.body());
        assertTrue(bare.body().contains(CrossSiteWriteGuard.HEADER), bare.body());
        // a form upload to the graph store
        HttpResponse<String> upload = write("/akhbar/data?graph=urn:test:csrf3", "text/plain", "<urn:a> <urn:b> <urn:c> .",
                "Origin", "null");
        assertEquals(403, upload.statusCode(), upload.body());
        assertFalse(hasGraph("urn:test:csrf1") || hasGraph("urn:test:csrf2") || hasGraph("urn:test:csrf3"));
    }

    @Test
    void aScriptOnAnotherSiteIsRefusedWhateverItSends() throws Exception {
        HttpResponse<String> r = write("/akhbar/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:test:csrf4> { <urn:a> <urn:b> 1 } }", "Sec-Fetch-Site", "same-site");
        assertEquals(403, r.statusCode(), r.body());
        assertFalse(hasGraph("urn:test:csrf4"));
    }

    @Test
    void toolsAndThePagesOwnOriginStillWrite() throws Exception {
        assertEquals(2, write("/akhbar/update", "application/x-www-form-urlencoded", insert("urn:test:tool1"),
                CrossSiteWriteGuard.HEADER, "1").statusCode() / 100);
        assertEquals(2, write("/akhbar/update", "application/sparql-update",
                "INSERT DATA { GRAPH <urn:test:tool2> { <urn:a> <urn:b> 1 } }", "Origin", server.baseUrl(), "Sec-Fetch-Site", "same-origin")
                .statusCode() / 100);
        assertTrue(hasGraph("urn:test:tool1") && hasGraph("urn:test:tool2"));
    }
}
