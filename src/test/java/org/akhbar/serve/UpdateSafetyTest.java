package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.query;
import static org.akhbar.serve.SeedServer.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
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

/** Issue 19, item 2: SPARQL Update reads neither the server's files nor the network unless the operator says so. */
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
}
