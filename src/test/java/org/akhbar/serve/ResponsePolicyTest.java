package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, medium items: DNS rebinding, JSONP, reflected stylesheets, TRACE, and headers on every response. */
class ResponsePolicyTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).allowedHosts(List.of("akhbar.example"))
                .stats(() -> store.stats().counts()).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** A request written by hand: HttpClient will not send a Host header of our choosing. */
    static String raw(String method, String path, String host) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static final String ASK = "/akhbar/sparql?query=" + SeedServer.enc("ASK {}");

    @Test
    void aRebindingDomainNameIsRefusedWhileAddressesAndConfiguredNamesAnswer() throws Exception {
        assertTrue(raw("GET", ASK, "attacker.example:" + server.port()).startsWith("HTTP/1.1 403"));
        assertTrue(raw("GET", ASK, "127.0.0.1:" + server.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("GET", ASK, "localhost:" + server.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("GET", ASK, "[::1]:" + server.port()).startsWith("HTTP/1.1 200"));
        assertTrue(raw("GET", ASK, "Akhbar.Example").startsWith("HTTP/1.1 200"));
    }

    @Test
    void traceIsDisabled() throws Exception {
        String r = raw("TRACE", "/", "127.0.0.1");
        assertTrue(r.startsWith("HTTP/1.1 405"), r);
    }

    @Test
    void jsonpCallbacksAndStylesheetsAreIgnored() throws Exception {
        HttpResponse<String> json = get(server, ASK + "&callback=steal", "Accept", "application/sparql-results+json");
        assertEquals(200, json.statusCode());
        assertFalse(json.body().contains("steal"), json.body());
        HttpResponse<String> xml = get(server, ASK + "&stylesheet=" + SeedServer.enc("\"><script>alert(1)</script>"),
                "Accept", "application/sparql-results+xml");
        assertEquals(200, xml.statusCode());
        assertFalse(xml.body().contains("script") || xml.body().contains("xml-stylesheet"), xml.body());
    }

    @Test
    void everyResponseSaysNosniffAndCarriesAContentSecurityPolicy() throws Exception {
        for (String path : new String[] {ASK, "/api/stats", "/$/ping", "/no/such/file", "/"}) {
            HttpResponse<String> r = get(server, path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src"), path);
        }
        assertTrue(get(server, ASK).headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'none'"));
    }
}
