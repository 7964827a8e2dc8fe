package org.akhbar.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A note in the store folder of the URL a running {@code akhbar serve} answers on, so that a
 * command refused by the store's lock can name the exact command to use instead. Written when
 * the server starts and deleted when it stops; it is read only while the store is locked, so a
 * note left by a killed server is never believed (a killed server no longer holds the lock).
 */
final class RunningServer {
    static final String FILE = "akhbar-server.url";
    /** What {@code akhbar serve} listens on unless told otherwise. */
    static final String DEFAULT_URL = "http://127.0.0.1:3030";

    private RunningServer() {}

    static void write(Path db, String baseUrl) {
        try {
            Files.writeString(db.resolve(FILE), baseUrl + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            // only advice depends on it: a read-only store folder still serves
        }
    }

    static void delete(Path db) {
        try {
            Files.deleteIfExists(db.resolve(FILE));
        } catch (IOException e) {
            // as above
        }
    }

    /** The base URL of the server holding the store, or the default when it left no note. */
    static String urlOf(Path db) {
        return read(db).orElse(DEFAULT_URL);
    }

    static Optional<String> read(Path db) {
        try {
            String s = Files.readString(db.resolve(FILE), StandardCharsets.UTF_8).trim();
            return s.startsWith("http") ? Optional.of(s) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
