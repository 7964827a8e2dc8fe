package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.akhbar.serve.AkhbarServer;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code akhbar backup}, {@code restore} and {@code compact} from the command line: round trips keep every quad. */
class BackupRestoreCompactCommandTest {
    @TempDir Path dir;

    static Set<Quad> quads(Path db) {
        try (AkhbarStore s = AkhbarStore.open(db)) {
            return Txn.calculateRead(s.dataset(), () -> {
                Set<Quad> all = new HashSet<>();
                s.dataset().find().forEachRemaining(all::add);
                return all;
            });
        }
    }

    @Test
    void backupRestoreAndCompactRoundTripsAreEqual() {
        Path db = dir.resolve("db");
        SeedStore.open(db).close();
        Set<Quad> seeds = quads(db);
        Path file = dir.resolve("seeds.nq.gz");

        CliRun backup = CliRun.of("backup", "--db", db.toString(), file.toString());
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().startsWith("backed up " + db + " to " + file + ": " + String.format("%,d quads", seeds.size())), backup.out());

        Path restored = dir.resolve("restored");
        CliRun restore = CliRun.of("restore", "--db", restored.toString(), file.toString());
        assertEquals(0, restore.exit(), restore.err());
        assertTrue(restore.out().startsWith(String.format("restored %,d quads from ", seeds.size())), restore.out());
        assertEquals(seeds, quads(restored));

        CliRun again = CliRun.of("restore", "--db", restored.toString(), file.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already holds a store; give --replace"), again.err());

        CliRun compact = CliRun.of("compact", "--db", db.toString());
        assertEquals(0, compact.exit(), compact.err());
        assertTrue(compact.out().matches("(?s)compacted " + java.util.regex.Pattern.quote(db.toString())
                + ": [\\d,]+ bytes on disk before, [\\d,]+ after \\(" + String.format("%,d", seeds.size()) + " quads kept\\).*"), compact.out());
        assertEquals(seeds, quads(db));
    }

    @Test
    void aServedStoreIsBackedUpThroughTheServer() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), "writer: s3cret\n");
        try (AkhbarStore store = SeedStore.open(dir.resolve("served"));
             AkhbarServer server = AkhbarServer.builder(store.dataset()).port(0).allowUpdate(passwords).build().start()) {
            Path file = dir.resolve("served.nq.gz");
            CliRun backup = CliRun.of("backup", "--server", server.baseUrl(), "--password-file", passwords.toString(), file.toString());
            assertEquals(0, backup.exit(), backup.err());
            Path restored = dir.resolve("restored");
            assertEquals(0, CliRun.of("restore", "--db", restored.toString(), file.toString()).exit());
            Set<Quad> served = Txn.calculateRead(store.dataset(), () -> {
                Set<Quad> all = new HashSet<>();
                store.dataset().find().forEachRemaining(all::add);
                return all;
            });
            assertEquals(served, quads(restored));
        }
    }
}
