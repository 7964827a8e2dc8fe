package org.akhbar.pipeline;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.source.Article;
import org.akhbar.source.ArticleHandler;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;

/**
 * Reads articles on the calling thread, extracts them on worker threads, and hands the
 * results to one consumer in input order. At most {@code window} articles are in flight,
 * so memory stays bounded whatever the corpus size. An extractor that throws fails that
 * article alone, reported as a problem.
 */
public final class ParallelRunner {
    private final Pipeline pipeline;
    private final int threads;
    private final int window;

    public ParallelRunner(Pipeline pipeline, int threads) {
        this.pipeline = pipeline;
        this.threads = Math.max(1, threads);
        this.window = this.threads * 16;
    }

    public static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    /** One result: an article's graph, or why an input was skipped. */
    private record Result(ArticleGraph graph, InputProblem problem) {}

    public void run(ArticleReader reader, List<String> paths, PipelineOutput out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "akhbar-extract");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Result>> inFlight = new ArrayDeque<>();
        try {
            reader.read(paths, new ArticleHandler() {
                @Override
                public void article(Article a) {
                    inFlight.add(pool.submit(() -> extract(a)));
                    drain(inFlight, out, window);
                }

                @Override
                public void problem(InputProblem p) {
                    inFlight.add(CompletableFuture.completedFuture(new Result(null, p)));
                    drain(inFlight, out, window);
                }
            });
            drain(inFlight, out, 0);
        } finally {
            pool.shutdownNow();
        }
    }

    private Result extract(Article a) {
        try {
            return new Result(pipeline.process(a), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, new InputProblem(a.origin(), "extraction failed: " + e));
        }
    }

    private static void drain(ArrayDeque<Future<Result>> inFlight, PipelineOutput out, int keep) {
        while (inFlight.size() > keep) {
            Result r;
            try {
                r = inFlight.poll().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            if (r.graph() != null) out.graph(r.graph());
            else out.problem(r.problem());
        }
    }
}
