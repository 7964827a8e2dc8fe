package org.akhbar.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The store location shared by every command that opens one. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path db;
}
