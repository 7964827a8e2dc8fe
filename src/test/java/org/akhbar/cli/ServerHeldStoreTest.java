package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store held by `akhbar serve` in another process, as a user meets it (issue 18): the
 * commands that open the store say exactly what to run instead, and query, export and stats
 * read the same data through the server with --endpoint.
 */
class ServerHeldStoreTest {
    @TempDir static Path dir;
    static Process server;
    static Path db;
    static String base;

    @BeforeAll
    static void startServerInAnotherProcess() throws Exception {
        db = dir.resolve("db");
        Path log = dir.resolve("serve.log");
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.akhbar.cli.AkhbarCommand",
                "serve", "--db", db.toString(), "--port", "0", "seeds")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant until = Instant.now().plus(Duration.ofMinutes(2));
        Pattern url = Pattern.compile("Web page:\\s+(http://\\S+)/");
        while (base == null) {
            if (!server.isAlive()) throw new IllegalStateException("serve stopped: " + Files.readString(log));
            if (Instant.now().isAfter(until)) throw new IllegalStateException("serve did not start: " + Files.readString(log));
            Matcher m = url.matcher(Files.readString(log));
            if (m.find()) base = m.group(1);
            else Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void aQueryOnTheHeldStoreNamesTheEndpointCommandAndThatCommandAnswers() {
        CliRun refused = run("query", "--db", db.toString(), "--file", "queries/timeline.rq", "-f", "csv");
        assertEquals(2, refused.exit(), "the store is busy: exit 2");
        String instead = "akhbar query --endpoint " + base + "/akhbar/sparql --file queries/timeline.rq -f csv";
        assertTrue(refused.err().contains(instead), refused.err());

        List<String> suggested = List.of(instead.split(" "));
        CliRun answered = run(suggested.subList(1, suggested.size()).toArray(String[]::new));
        assertEquals(0, answered.exit(), answered.err());
        assertTrue(answered.out().lines().count() > 2, answered.out());
        assertTrue(answered.out().startsWith("when,fact,kind,summary,article"), answered.out());
    }

    @Test
    void exportAndStatsReadTheSameStoreThroughTheServer() {
        CliRun refused = run("export", "--db", db.toString());
        assertTrue(refused.err().contains("akhbar export --endpoint " + base + "/akhbar/sparql"), refused.err());
        refused = run("stats", "--db", db.toString());
        assertTrue(refused.err().contains("akhbar stats --endpoint " + base + "/akhbar/sparql"), refused.err());

        CliRun stats = run("stats", "--endpoint", base + "/akhbar/sparql");
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().matches("(?s)articles\\s+2\\n.*"), stats.out());
        long quads = Long.parseLong(stats.out().replaceAll("(?s).*quads\\s+([0-9,]+).*", "$1").replace(",", ""));

        for (String url : new String[] {base, base + "/akhbar", base + "/akhbar/sparql"}) {
            CliRun export = run("export", "--endpoint", url);
            assertEquals(0, export.exit(), export.err());
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(export.out(), Lang.NQUADS).parse(back);
            assertEquals(quads, back.stream().count(), url);
        }
        CliRun one = run("export", "--endpoint", base, "-f", "turtle", "--graph", "https://w3id.org/akhbar/id/graph/000_d370733e592f79a1");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("ak:Statement"), "prefixed names in the Turtle");
    }

    @Test
    void theServerPutTheOntologyInItsOwnGraph() {
        CliRun r = run("query", "--endpoint", base, "ASK { GRAPH <https://w3id.org/akhbar/ontology> { "
                + "<https://w3id.org/akhbar/ontology#Statement> <http://www.w3.org/2000/01/rdf-schema#label> \"تصريح\"@ar } }");
        assertEquals(0, r.exit(), r.err());
        assertEquals("yes", r.out().trim());
    }

    @Test
    void aLoadIntoTheHeldStoreNamesTheServerLoad() {
        CliRun refused = run("load", "--db", db.toString(), "seeds");
        assertEquals(2, refused.exit(), "the store is busy: exit 2");
        assertTrue(refused.err().contains("akhbar load --server " + base + " seeds --password-file F"), refused.err());
    }

    @Test
    void aSecondServerOnTheSamePortIsToldThePortIsTaken() {
        int port = Integer.parseInt(base.replaceAll(".*:", ""));
        CliRun second = run("serve", "--db", dir.resolve("other").toString(), "--port", Integer.toString(port));
        assertEquals(2, second.exit());
        assertTrue(second.err().contains("port " + port + " on 127.0.0.1 is already in use"), second.err());
        assertFalse(second.err().contains("Exception"), second.err());
        assertFalse(Files.exists(dir.resolve("other")), "nothing is created before the port is known free");
    }

    @Test
    void anUnreachableEndpointIsNamed() {
        CliRun r = run("stats", "--endpoint", "http://127.0.0.1:9/akhbar/sparql");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("cannot reach the server"), r.err());
    }
}
