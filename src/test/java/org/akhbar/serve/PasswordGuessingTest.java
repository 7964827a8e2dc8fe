package org.akhbar.serve;

import static org.akhbar.serve.SeedServer.update;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.SeedStore;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 21: password guessing is logged and throttled; weak passwords and readable password files are warned about. */
class PasswordGuessingTest {
    @TempDir static Path dir;
    static AkhbarStore store;
    static AkhbarServer server;
    static final List<String> log = new CopyOnWriteArrayList<>();
    static AbstractAppender capture;

    @BeforeAll
    static void start() throws Exception {
        store = SeedStore.open(dir.resolve("db"));
        Path passwords = Files.writeString(dir.resolve("passwords"), "writer: correct-horse-battery\n");
        server = AkhbarServer.builder(store.dataset()).port(0).allowUpdate(passwords).build().start();
        capture = new AbstractAppender("capture", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent e) { log.add(e.getMessage().getFormattedMessage()); }
        };
        capture.start();
        ((LoggerContext) LogManager.getContext(false)).getLogger(ThrottledLogin.class.getName()).addAppender(capture);
    }

    @AfterAll
    static void stop() {
        ((LoggerContext) LogManager.getContext(false)).getLogger(ThrottledLogin.class.getName()).removeAppender(capture);
        server.close();
        store.close();
    }

    @Test
    void guessesAreLoggedAndAfterTenEvenTheRightPasswordWaits() throws Exception {
        assertEquals(2, update(server, "INSERT DATA { <urn:a> <urn:b> 1 }", "writer", "correct-horse-battery").statusCode() / 100);
        for (int i = 0; i < ThrottledLogin.MAX_FAILURES; i++)
            assertEquals(401, update(server, "DROP ALL", "writer", "guess" + i).statusCode());
        assertTrue(log.stream().anyMatch(l -> l.contains("failed login for user 'writer' from 127.0.0.1")), log.toString());
        assertTrue(log.stream().anyMatch(l -> l.contains("refused for a minute")), log.toString());
        assertEquals(401, update(server, "INSERT DATA { <urn:a> <urn:b> 2 }", "writer", "correct-horse-battery").statusCode());
    }

    @Test
    void aWeakPasswordAndAFileOthersCanReadAreWarnedAbout() throws Exception {
        Path weak = Files.writeString(dir.resolve("weak"), "writer: s3cret\n");
        Files.setPosixFilePermissions(weak, PosixFilePermissions.fromString("rw-r--r--"));
        List<String> w = PasswordFileCheck.warnings(weak);
        assertTrue(w.stream().anyMatch(s -> s.contains("chmod 600")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("'writer' is weak")), w.toString());
        Path good = Files.writeString(dir.resolve("good"), "writer: 4f9c2e7a1b3d5f6e8a0c2b4d\n");
        Files.setPosixFilePermissions(good, PosixFilePermissions.fromString("rw-------"));
        assertEquals(List.of(), PasswordFileCheck.warnings(good));
    }
}
