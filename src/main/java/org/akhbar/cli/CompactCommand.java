package org.akhbar.cli;

import java.io.IOException;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.StoreBackup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Compacts the store (TDB2 compaction): reloads and removals leave old data behind, which only this "
                + "reclaims. Prints the bytes before and after. Needs the store to itself (stop a server first).")
final class CompactCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        try (AkhbarStore s = AkhbarStore.open(store.db)) {
            StoreBackup.Compacted c = StoreBackup.compact(s);
            if (c.quadsAfter() != c.quadsBefore()) {
                throw new IllegalStateException(String.format("compaction of %s kept %,d of %,d quads", store.db, c.quadsAfter(), c.quadsBefore()));
            }
            spec.commandLine().getOut().printf("compacted %s: %,d bytes on disk before, %,d after (%,d quads kept) in %.1f s%n",
                    store.db, c.bytesBefore(), c.bytesAfter(), c.quadsAfter(), (System.nanoTime() - t0) / 1e9);
        }
        return 0;
    }
}
