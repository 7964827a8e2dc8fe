package org.akhbar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.akhbar.cli.CliRun;
import org.akhbar.store.AkhbarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 item 7, issue 21: a second process on a store is told who holds it and exits 2, also on a store not made yet. */
class StoreLockTest {
    @TempDir Path dir;

    static ProcessBuilder akhbar(String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
                "org.akhbar.cli.AkhbarCommand"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd);
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void aLoadOnAStoreAnotherProcessHoldsNamesThatProcessAndExits2() throws Exception {
        Path db = dir.resolve("db");
        Process server = akhbar("serve", "--db", db.toString(), "--port", "0").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = out.readLine()) != null && !line.contains("http://"); ) { }
            CliRun second = CliRun.of("load", "--db", db.toString(), "seeds");
            assertEquals(2, second.exit(), second.err());
            assertTrue(second.err().contains("the store " + db + " is in use by process " + server.pid() + " ("), second.err());
            assertTrue(second.err().contains("serve --db " + db), "names what the holder runs: " + second.err());
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void twoLoadsStartedTogetherOnANewStoreLeaveOneWholeStoreAndNoUnclearFailure() throws Exception {
        for (int round = 0; round < 2; round++) {
            Path db = dir.resolve("new-" + round);
            Path log1 = dir.resolve("one-" + round + ".log"), log2 = dir.resolve("two-" + round + ".log");
            Process one = akhbar("load", "--db", db.toString(), "seeds").redirectErrorStream(true).redirectOutput(log1.toFile()).start();
            Process two = akhbar("load", "--db", db.toString(), "seeds").redirectErrorStream(true).redirectOutput(log2.toFile()).start();
            assertTrue(one.waitFor(2, TimeUnit.MINUTES) && two.waitFor(2, TimeUnit.MINUTES));
            int loaded = 0;
            for (Process p : List.of(one, two)) {
                String log = Files.readString(p == one ? log1 : log2);
                if (p.exitValue() == 0) loaded++;
                else {
                    assertEquals(2, p.exitValue(), log);
                    assertTrue(log.contains("is in use by process "), log);
                }
            }
            assertTrue(loaded >= 1, "at least one load went through");
            try (AkhbarStore s = AkhbarStore.open(db)) {
                assertEquals(2, StoreContents.read(s).articleIds().size(), "the store holds the seeds, whole");
            }
        }
    }
}
