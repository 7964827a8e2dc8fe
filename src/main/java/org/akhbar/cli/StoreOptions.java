package org.akhbar.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.StoreLockedException;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The store location shared by every command that opens one. */
public final class StoreOptions {
    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "TDB2 store folder (default: ${DEFAULT-VALUE}).")
    Path db;

    /** Opens the store, creating it when new: for the commands that write (load, serve). */
    AkhbarStore openOrCreate(CommandSpec spec) {
        return open(spec, db);
    }

    /** Opens a store that must exist already: for the commands that only read or remove. */
    AkhbarStore openExisting(CommandSpec spec) {
        return openExisting(spec, db);
    }

    static AkhbarStore openExisting(CommandSpec spec, Path db) {
        requireStore(spec, db);
        return open(spec, db);
    }

    static AkhbarStore open(CommandSpec spec, Path db) {
        try {
            return AkhbarStore.open(db);
        } catch (StoreLockedException e) {
            throw StoreInUse.advice(spec, db);
        }
    }

    /**
     * A read command given a folder that holds no store is a usage error (exit 2): opening it
     * would quietly create an empty store there and answer nothing.
     */
    static void requireStore(CommandSpec spec, Path db) {
        if (!Files.isDirectory(db))
            throw new ParameterException(spec.commandLine(), "no store at " + db + " (no such folder). "
                    + "Give the folder of an existing store with --db DIR, or make one: akhbar load --db " + db + " PATH…");
        if (!isStore(db))
            throw new ParameterException(spec.commandLine(), "no store at " + db + " (the folder holds no TDB2 store). "
                    + "Give the folder of an existing store with --db DIR, or make one: akhbar load --db " + db + " PATH…");
    }

    /** A TDB2 store folder holds its storage in Data-NNNN folders. */
    static boolean isStore(Path db) {
        try (var entries = Files.list(db)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && Files.isDirectory(p));
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
