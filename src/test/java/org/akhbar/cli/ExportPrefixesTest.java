package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported and extracted RDF declares the usual prefixes, so files read as ak:Statement, not full IRIs (issue 18, item 8). */
class ExportPrefixesTest {
    @TempDir Path dir;

    static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void turtleTrigAndJsonLdDeclareTheStandardPrefixes() {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("load", "--db", db, "seeds").exit());
        for (String f : new String[] {"turtle", "trig"}) {
            for (CliRun r : new CliRun[] {run("export", "--db", db, "-f", f), run("extract", "seeds", "-f", f)}) {
                assertEquals(0, r.exit(), r.err());
                for (String prefix : new String[] {"schema", "rdfs", "nif", "ak", "akr"})
                    assertTrue(r.out().contains("@prefix " + prefix + ":") || r.out().contains("PREFIX " + prefix + ":"), f + " " + prefix);
                assertTrue(r.out().contains("ak:Statement"), f);
            }
        }
        for (CliRun r : new CliRun[] {run("export", "--db", db, "-f", "jsonld"), run("extract", "seeds", "-f", "jsonld")}) {
            assertEquals(0, r.exit(), r.err());
            String context = r.out().substring(r.out().lastIndexOf("\"@context\""));
            assertTrue(context.contains("\"schema\"") && context.contains("\"nif\"") && context.contains("\"akr\""), context);
            assertTrue(r.out().contains("\"akr:graph/000_d370733e592f79a1\""), "IRIs compacted with the prefixes");
        }
    }

    @Test
    void aCorsOriginWithAPathIsAUsageError() {
        CliRun r = run("serve", "--db", dir.resolve("db").toString(), "--port", "0", "--cors", "https://yasgui.example/page");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("an origin is scheme://host[:port]"), r.err());
    }
}
