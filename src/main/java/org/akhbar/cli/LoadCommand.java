package org.akhbar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.InputProblem;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.BatchLoader;
import org.akhbar.store.BulkLoad;
import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.store.LoadCounts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extracts articles and loads them into the TDB2 store, one named graph per article. "
                + "Reloading an article replaces its graph; an unchanged article is left as it is.")
final class LoadCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin InputOptions inputs;
    @Spec CommandSpec spec;
    @Mixin RemoteLoad.Options remote;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "500",
            description = "Articles per write transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--bulk", description = "Load an EMPTY store with Jena's parallel bulk loader: about twice as fast, "
            + "but not crash-safe (a kill can leave the store unusable) — for stores you can rebuild from their inputs.")
    boolean bulk;

    @Override
    public Integer call() {
        if (inputs.paths.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one PATH");
        PrintWriter err = spec.commandLine().getErr();
        if (remote.server != null) return RemoteLoad.run(remote, inputs, spec.commandLine().getOut(), err);
        try (AkhbarStore s = AkhbarStore.open(store.db)) {
            Outcome o = bulk ? bulkLoad(s, inputs, err) : load(s, inputs, batch, err);
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

    /** Streams every article into an empty store through Jena's bulk loader. */
    static Outcome bulkLoad(AkhbarStore s, InputOptions inputs, PrintWriter err) {
        long t0 = System.nanoTime();
        Problems problems = new Problems(err);
        try (BulkLoad bulk = BulkLoad.into(s)) {
            new ParallelRunner(Pipeline.standard(), inputs.threads()).run(inputs.reader(), inputs.paths, new PipelineOutput() {
                @Override
                public void graph(ArticleGraph g) { bulk.add(g); }

                @Override
                public void problem(InputProblem p) { problems.report(p); }
            });
            long quads = bulk.finish();
            return new Outcome(LoadCounts.allNew(bulk.articles(), quads), problems.count(), (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Loads inputs into an open store, reporting skipped inputs and progress on {@code err}. Shared with serve. */
    static Outcome load(AkhbarStore s, InputOptions inputs, int batch, PrintWriter err) {
        long t0 = System.nanoTime();
        Problems problems = new Problems(err);
        Progress progress = new Progress(err);
        BatchLoader loader = new BatchLoader(s, new ParallelRunner(Pipeline.standard(), inputs.threads()), batch, 200_000);
        LoadCounts counts = loader.load(inputs.reader(), inputs.paths, new BatchLoader.Listener() {
            @Override
            public void committed(LoadCounts total) { progress.update(total.articles(), problems.count()); }

            @Override
            public void problem(InputProblem p) {
                progress.clear();
                problems.report(p);
            }
        });
        progress.clear();
        return new Outcome(counts, problems.count(), (System.nanoTime() - t0) / 1e9);
    }
}
