package org.akhbar.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;

/**
 * Extracts articles and writes them to the store in batches, one write transaction per
 * batch: a crash loses at most the batch in flight, never half an article.
 */
public final class BatchLoader {
    private final AkhbarStore store;
    private final ParallelRunner runner;
    private final int batchArticles;
    private final int batchQuads;

    public BatchLoader(AkhbarStore store, ParallelRunner runner, int batchArticles, int batchQuads) {
        this.store = store;
        this.runner = runner;
        this.batchArticles = batchArticles;
        this.batchQuads = batchQuads;
    }

    /** Reports progress after every committed batch and every skipped input. */
    public interface Listener {
        void committed(LoadCounts total);

        void problem(InputProblem problem);
    }

    public LoadCounts load(ArticleReader reader, List<String> paths, Listener listener) {
        LoadCounts total = new LoadCounts();
        List<ArticleGraph> batch = new ArrayList<>();
        int[] quads = {0};
        Consumer<List<ArticleGraph>> commit = b -> {
            if (b.isEmpty()) return;
            total.merge(store.load(b));
            b.clear();
            quads[0] = 0;
            listener.committed(total);
        };
        runner.run(reader, paths, new PipelineOutput() {
            @Override
            public void graph(ArticleGraph g) {
                batch.add(g);
                quads[0] += g.size();
                if (batch.size() >= batchArticles || quads[0] >= batchQuads) commit.accept(batch);
            }

            @Override
            public void problem(InputProblem p) { listener.problem(p); }
        });
        commit.accept(batch);
        return total;
    }
}
