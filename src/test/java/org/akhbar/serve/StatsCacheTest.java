package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.get;
import static org.akhbar.serve.SeedServer.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: /api/stats counts the store once, not on every page load, and counts again after a write. */
class StatsCacheTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;
    static final AtomicInteger countings = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        Path passwords = Files.writeString(dir.resolve("passwords"), "writer: s3cret\n");
        server = AkhbarServer.builder(store.dataset()).port(0).allowUpdate(passwords).stats(() -> {
            countings.incrementAndGet();
            return store.stats().counts();
        }).build().start();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void pageLoadsShareOneCountUntilAWriteChangesTheStore() throws Exception {
        for (int i = 0; i < 5; i++) assertTrue(get(server, "/api/stats").body().contains("\"articles\": 2"));
        assertEquals(1, countings.get());
        assertEquals(2, update(server, "INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> a <https://w3id.org/akhbar/ontology#Article> } }",
                "writer", "s3cret").statusCode() / 100);
        String after = get(server, "/api/stats").body();
        assertTrue(after.contains("\"articles\": 3"), after);
        get(server, "/api/stats");
        assertEquals(2, countings.get());
    }
}
