package org.akhbar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21, High 2: clients that send their request bodies slowly do not take the server down. */
class SlowClientTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        server = AkhbarServer.builder(store.dataset()).port(0).idleTimeoutMillis(3000).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** Sends the headers of a query POST and the first bytes of its body, then nothing more. */
    static Socket slowPost(int bodyBytesSent) throws Exception {
        Socket s = new Socket("127.0.0.1", server.port());
        OutputStream out = s.getOutputStream();
        out.write(("POST /akhbar/sparql HTTP/1.1\r\nHost: 127.0.0.1:" + server.port() + "\r\n"
                + "Content-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\n" + "ASK {}    ".substring(0, bodyBytesSent))
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    @Test
    void queriesAreAnsweredWhileManyClientsStallTheirBodies() throws Exception {
        List<Socket> attackers = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) attackers.add(slowPost(4));
            Thread.sleep(500);
            HttpResponse<String> r = SeedServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), r.body());
        } finally {
            for (Socket s : attackers) s.close();
        }
    }

    @Test
    void aBodyTrickledByteByByteIsCutOff() throws Exception {
        try (Socket s = slowPost(1)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            long t0 = System.nanoTime();
            // one more byte a second: above the idle timeout's reach, far below the minimum data rate
            String answer = "";
            for (int i = 0; i < 60 && answer.isEmpty(); i++) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (java.io.IOException closed) {
                    answer = "closed";
                    break;
                }
                Thread.sleep(1000);
                if (in.available() > 0) answer = new String(in.readNBytes(in.available()), StandardCharsets.US_ASCII);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertTrue(answer.startsWith("HTTP/1.1 408"),
                    "after " + seconds + " s: " + answer);
            assertTrue(seconds < 45, "took " + seconds + " s");
        }
    }
}
