package org.akhbar.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.source.InputProblem;

/**
 * Loads RDF shards ({@link ShardReader}) into the store on the same terms as articles
 * ({@link StoreLoader}): an empty store through Jena's bulk loader, all or nothing; a store
 * with data in one write transaction per batch, where a graph whose fingerprint the store
 * already has is left as it is and any other replaces its article's graph. An article that
 * comes twice ends the bulk path there, and the rest goes through transactions.
 */
public final class ShardLoader {
    private final AkhbarStore store;
    private final int batchArticles;
    private final int batchQuads;
    private final boolean bulkWhenEmpty;

    public ShardLoader(AkhbarStore store, int batchArticles, int batchQuads, boolean bulkWhenEmpty) {
        this.store = store;
        this.batchArticles = batchArticles;
        this.batchQuads = batchQuads;
        this.bulkWhenEmpty = bulkWhenEmpty;
    }

    public LoadCounts load(List<Path> shards, StoreLoader.Listener listener) {
        Run run = new Run(listener, bulkWhenEmpty && store.isEmpty() ? BulkLoad.into(store) : null);
        try {
            for (Path shard : shards) ShardReader.read(shard, run);
            run.finish();
            return run.total;
        } finally {
            if (run.bulk != null) run.bulk.close();  // abandoned by an exception: rolled back when next opened
        }
    }

    /** One load: the bulk loader while it lasts, then batches (as in StoreLoader, whose run reads articles). */
    private final class Run implements PipelineOutput {
        final StoreLoader.Listener listener;
        final LoadCounts total = new LoadCounts();
        final List<ArticleGraph> batch = new ArrayList<>();
        final SeenArticles seen = new SeenArticles();
        BulkLoad bulk;
        int batchSize;

        Run(StoreLoader.Listener listener, BulkLoad bulk) {
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
                total.merge(bulk.finish());              // a repeat: transactions from here on
                bulk = null;
            }
            batch.add(g);
            batchSize += g.size();
            if (batch.size() >= batchArticles || batchSize >= batchQuads) commit();
        }

        @Override
        public void problem(InputProblem p) { listener.problem(p); }

        void finish() {
            if (bulk != null) {
                total.merge(bulk.finish());
                bulk = null;
            }
            commit();
        }

        private void commit() {
            if (!batch.isEmpty()) total.merge(store.load(batch));
            batch.clear();
            batchSize = 0;
            listener.progress(total);
        }
    }
}
