package org.akhbar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.source.InputProblem;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.StoreLoader;
import org.akhbar.store.LoadCounts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extracts articles and loads them into the TDB2 store, one named graph per article. "
                + "Reloading an article replaces its graph; an unchanged article is left as it is. "
                + "RDF shards (.nq, .trig, optionally .gz, as the Spark job and `extract` write them) load as the "
                + "articles they came from would.")
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin InputOptions inputs;
    @Spec CommandSpec spec;
    @Mixin RemoteLoad.Options remote;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--no-bulk", description = "Use write transactions even for an empty store, which otherwise is filled "
            + "all at once by Jena's bulk loader (about twice as fast; cut short, it leaves the store empty, "
            + "where transactions keep every batch committed before).")
    boolean noBulk;

    @Override
    public Integer call() {
        if (inputs.paths.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one PATH");
        PrintWriter err = spec.commandLine().getErr();
        if (remote.server != null) {
            if (!RdfShardInputs.of(inputs.paths).shards().isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "RDF shards load into a local store only (not with --server)");
            }
            return RemoteLoad.run(remote, inputs, spec.commandLine().getOut(), err);
        }
        try (AkhbarStore s = store.openOrCreate(spec)) {
            Outcome o = load(s, inputs, batch, !noBulk, err);
            spec.commandLine().getOut().println(o.summary());
            return o.problems() == 0 ? 0 : 1;
        }
    }

    /** What one load did, for the summary line. */
    record Outcome(LoadCounts counts, long problems, double seconds) {
        String summary() {
            return String.format("loaded %d articles: %d new, %d replaced, %d unchanged, %d failed; %d quads in %.1f s",
                    counts.articles(), counts.added(), counts.replaced(), counts.unchanged(), problems, counts.quads(), seconds);
        }
    }

    /**
     * Loads inputs into an open store (through the bulk loader when it is empty and {@code bulk}),
     * reporting skipped inputs and progress on {@code err}. Shared with serve and bench.
     */
    static Outcome load(AkhbarStore s, InputOptions inputs, int batch, boolean bulk, PrintWriter err) {
        RdfShardInputs split = RdfShardInputs.of(inputs.paths);
        if (!split.shards().isEmpty()) return split.load(s, inputs, batch, bulk, err);
        return loadArticles(s, inputs, batch, bulk, err);
    }

    /** Loads article inputs (not RDF shards); see {@link #load}. */
    static Outcome loadArticles(AkhbarStore s, InputOptions inputs, int batch, boolean bulk, PrintWriter err) {
        long t0 = System.nanoTime();
        Problems problems = new Problems(err);
        StoreLoader loader = new StoreLoader(s, new ParallelRunner(inputs.pipeline(), inputs.threads()), batch, 200_000)
                .bulkWhenEmpty(bulk);
        try (Progress progress = new Progress(err, inputs.progressInput())) {
            LoadCounts counts = loader.load(inputs.reader(), inputs.paths, new StoreLoader.Listener() {
                @Override
                public void progress(LoadCounts soFar) { progress.update(soFar.articles(), problems.count()); }

                @Override
                public void problem(InputProblem p) { progress.around(() -> problems.report(p)); }
            });
            return new Outcome(counts, problems.count(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
