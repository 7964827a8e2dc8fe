package org.akhbar.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.akhbar.store.StoreBackup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup made by `akhbar backup` (N-Quads, gzipped or not) into the store. It is loaded into "
                + "a new store beside --db and moved into place when whole; a store with data there is refused unless "
                + "--replace, and then kept, renamed to DIR.before-restore-TIME.")
final class RestoreCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file.")
    Path file;

    @Option(names = "--replace", description = "Restore over a store that holds data (it is kept, renamed).")
    boolean replace;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        StoreBackup.Restored r = StoreBackup.restore(file, store.db, replace);
        spec.commandLine().getOut().printf("restored %,d quads from %s into %s in %.1f s%s%n", r.quads(), file, store.db,
                (System.nanoTime() - t0) / 1e9, r.previous() == null ? "" : "; the store that was there is kept in " + r.previous());
        return 0;
    }
}
