package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's first mistakes (issue 18, item 7): each is a usage error (exit 2) that names what was wrong and what to do. */
class CliMistakesTest {
    @TempDir Path dir;

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void anUnknownCommandIsNamedWithTheClosestOneEvenWithHelp() {
        for (String[] args : new String[][] {{"loda", "--help"}, {"loda"}, {"loda", "seeds"}}) {
            CliRun r = run(args);
            assertEquals(2, r.exit(), String.join(" ", args));
            assertTrue(r.err().contains("unknown command 'loda'; the closest is 'load'"), r.err());
            assertFalse(r.out().contains("Usage: akhbar"), "no main help: " + r.out());
        }
    }

    @Test
    void anUnknownQueryFormatListsTheValidOnes() throws Exception {
        Path db = storeWithSeeds();
        CliRun r = run("query", "--db", db.toString(), "-f", "yaml", "ASK { ?s ?p ?o }");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("yaml") && r.err().contains("table, csv, tsv, json, xml"), r.err());
        assertEquals("", r.out());
        CliRun rdfForSelect = run("query", "--db", db.toString(), "-f", "turtle", "SELECT * { ?s ?p ?o } LIMIT 1");
        assertEquals(2, rdfForSelect.exit());
        assertTrue(rdfForSelect.err().contains("SELECT results come as table, csv, tsv, json or xml"), rdfForSelect.err());
        CliRun construct = run("query", "--db", db.toString(), "-f", "ntriples", "CONSTRUCT WHERE { ?s a <https://w3id.org/akhbar/ontology#Article> }");
        assertEquals(0, construct.exit(), construct.err());
        assertEquals(2, construct.out().lines().count(), construct.out());
    }

    @Test
    void readCommandsRefuseAMissingStoreFolderAndCreateNothing() {
        Path missing = dir.resolve("no-such-store");
        String[][] commands = {{"query", "--db", missing.toString(), "ASK { ?s ?p ?o }"}, {"export", "--db", missing.toString()},
                {"stats", "--db", missing.toString()}, {"validate", "--db", missing.toString()}, {"remove", "--db", missing.toString(), "x"}};
        for (String[] c : commands) {
            CliRun r = run(c);
            assertEquals(2, r.exit(), c[0] + ": " + r.err());
            assertTrue(r.err().contains("no store at " + missing), c[0] + ": " + r.err());
            assertTrue(r.err().contains("akhbar load --db " + missing), c[0] + ": " + r.err());
            assertFalse(Files.exists(missing), c[0] + " created the folder");
        }
    }

    @Test
    void aFolderThatHoldsNoStoreIsRefusedToo() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        CliRun r = run("stats", "--db", plain.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("holds no TDB2 store"), r.err());
        try (var files = Files.list(plain)) {
            assertEquals(0, files.count(), "nothing written into it");
        }
    }

    @Test
    void aMissingQueryFileIsNamedAsSuch() throws Exception {
        Path db = storeWithSeeds();
        CliRun r = run("query", "--db", db.toString(), "--file", "/nope.rq");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot read the query file /nope.rq: no such file"), r.err());
        CliRun bad = run("query", "--db", db.toString(), "--file", Files.writeString(dir.resolve("bad.rq"), "SELEC").toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("bad.rq does not parse"), bad.err());
    }

    @Test
    void versionComesFromThePomAndJenasJar() {
        CliRun r = run("--version");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("akhbar 0.1.0"), r.out());
        assertTrue(r.out().contains("Apache Jena 5.6.0"), r.out());
    }

    @Test
    void generateCompletionWritesABashCompletionScript() {
        CliRun r = run("generate-completion");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("complete -F") && r.out().contains("akhbar"), r.out());
    }

    Path storeWithSeeds() {
        Path db = dir.resolve("db");
        CliRun load = run("load", "--db", db.toString(), "seeds");
        assertEquals(0, load.exit(), load.err());
        return db;
    }
}
