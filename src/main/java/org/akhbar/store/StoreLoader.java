package org.akhbar.store;

import java.util.ArrayList;
import java.util.List;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;

/**
 * Extracts articles and writes them to the store. An empty store is filled through Jena's
 * bulk loader ({@link BulkLoad}: about twice as fast, all or nothing); a store with data gets
 * one write transaction per batch, so a crash loses at most the batch in flight, never half an
 * article, and a reloaded article replaces its graph. Should an article come twice during a
 * bulk load, the bulk load is committed there and the rest goes through transactions, which
 * replace the first copy as any reload does.
 */
public final class StoreLoader {
    private final AkhbarStore store;
    private final ParallelRunner runner;
    private final int batchArticles;
    private final int batchQuads;
    private final boolean bulkWhenEmpty;

    public StoreLoader(AkhbarStore store, ParallelRunner runner, int batchArticles, int batchQuads) {
        this(store, runner, batchArticles, batchQuads, true);
    }

    private StoreLoader(AkhbarStore store, ParallelRunner runner, int batchArticles, int batchQuads, boolean bulkWhenEmpty) {
        this.store = store;
        this.runner = runner;
        this.batchArticles = batchArticles;
        this.batchQuads = batchQuads;
        this.bulkWhenEmpty = bulkWhenEmpty;
    }

    /** The same loader, with ({@code true}, the default) or without the bulk path for an empty store. */
    public StoreLoader bulkWhenEmpty(boolean bulk) {
        return new StoreLoader(store, runner, batchArticles, batchQuads, bulk);
    }

    /** Hears of progress (every batch) and of every skipped input. */
    public interface Listener {
        void progress(LoadCounts soFar);

        void problem(InputProblem problem);
    }

    public LoadCounts load(ArticleReader reader, List<String> paths, Listener listener) {
        Run run = new Run(listener, bulkWhenEmpty && store.isEmpty() ? BulkLoad.into(store) : null);
        try {
            runner.run(reader, paths, run);
            run.finish();
            return run.total;
        } catch (DiskFullException e) {
            throw new DiskFullException(e.getMessage() + "; " + afterDiskFull(run), e.getCause());
        } catch (RuntimeException e) {
            // the bulk load's watch interrupts this thread wherever it waits (also for the next
            // extracted article): what it saw, not the interruption, is the reason
            RuntimeException why = run.bulk != null ? run.bulk.failureOr(e) : e;
            if (why instanceof DiskFullException d) throw new DiskFullException(d.getMessage() + "; " + afterDiskFull(run), d.getCause());
            throw why;
        } finally {
            if (run.bulk != null) run.bulk.close();  // abandoned by an exception: rolled back when next opened
        }
    }

    /** What a load stopped by a full disk leaves: the summary the load would have printed, and what to do. */
    private String afterDiskFull(Run run) {
        if (run.bulk != null) {
            return String.format("the bulk load into the empty store stopped after %,d articles and is abandoned: the store is emptied "
                    + "again when next opened, as it was before. Free some space and load again (--no-bulk commits batch by batch)",
                    run.bulk.articles());
        }
        LoadCounts t = run.total;
        return String.format("the load stopped with %,d articles committed (%,d new, %,d replaced, %,d unchanged; %,d quads); the store is "
                + "as of that last commit. Free some space and load again: committed articles are skipped as unchanged",
                t.articles(), t.added(), t.replaced(), t.unchanged(), t.quads());
    }

    /** One load: the bulk loader while it lasts, then batches. */
    private final class Run implements PipelineOutput {
        final Listener listener;
        final LoadCounts total = new LoadCounts();
        final List<ArticleGraph> batch = new ArrayList<>();
        final SeenArticles seen = new SeenArticles();
        BulkLoad bulk;
        int batchSize;

        Run(Listener listener, BulkLoad bulk) {
            this.listener = listener;
            this.bulk = bulk;
        }

        @Override
        public void graph(ArticleGraph g) {
            if (bulk != null) {
                if (seen.firstTime(g.articleId())) {
                    bulk.add(g);
                    if (bulk.articles() % batchArticles == 0) listener.progress(bulk.soFar(total));
                    return;
                }
                finishBulk();                            // a repeat: transactions from here on
            }
            batch.add(g);
            batchSize += g.size();
            if (batch.size() >= batchArticles || batchSize >= batchQuads) commit();
        }

        @Override
        public void problem(InputProblem p) { listener.problem(p); }

        void finish() {
            if (bulk != null) finishBulk();
            commit();
        }

        private void finishBulk() {
            total.merge(bulk.finish());
            bulk = null;
            listener.progress(total);
        }

        private void commit() {
            if (batch.isEmpty()) return;
            total.merge(store.load(batch));
            batch.clear();
            batchSize = 0;
            listener.progress(total);
        }
    }
}
