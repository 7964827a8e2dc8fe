package org.akhbar.cli;

import java.nio.file.Path;

import org.akhbar.store.AkhbarStore;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where a read command (query, export, stats) reads: a store folder, or a running server —
 * the way to read a store while {@code akhbar serve} holds it.
 */
final class ReadTarget {
    static final Path DEFAULT_DB = Path.of("data/tdb2");

    @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store folder (default: data/tdb2).")
    Path db;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A running server instead of a store folder, e.g. http://127.0.0.1:3030/akhbar/sparql "
                    + "(what `akhbar serve` prints; the server's or the dataset's URL work too).")
    String endpoint;

    boolean remote() { return endpoint != null; }

    Path db() { return db != null ? db : DEFAULT_DB; }

    ServerUrl server(CommandSpec spec) {
        try {
            return ServerUrl.parse(endpoint);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--endpoint: " + e.getMessage());
        }
    }

    AkhbarStore openExisting(CommandSpec spec) {
        return StoreOptions.openExisting(spec, db());
    }
}
