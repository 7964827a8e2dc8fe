package org.akhbar.cli;

import java.util.Map;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.StoreStats;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts what the store holds.")
final class StatsCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        try (AkhbarStore s = AkhbarStore.open(store.db)) {
            StoreStats st = s.stats();
            for (Map.Entry<String, Long> e : st.counts().entrySet()) {
                spec.commandLine().getOut().printf("%-18s %,d%n", e.getKey(), e.getValue());
            }
        }
        return 0;
    }
}
