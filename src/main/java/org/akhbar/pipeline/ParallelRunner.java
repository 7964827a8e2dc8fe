package org.akhbar.pipeline;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.akhbar.extract.BudgetExceededException;
import org.akhbar.graph.ArticleGraph;
import org.akhbar.source.Article;
import org.akhbar.source.ArticleHandler;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;

/**
 * Reads articles on a reader thread, extracts them on worker threads, and hands the results
 * to the calling thread in input order. The caller does nothing but consume (for a load, write
 * to the store, whose write transaction belongs to the calling thread), so reading and
 * decoding never wait for the writer, nor the writer for them. At most {@code window}
 * articles are in flight, so memory stays bounded whatever the corpus size. An extractor that
 * throws fails that article alone, reported as a problem.
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

    /** Marks the end of the input in the queue of results. */
    private static final Future<Result> END = CompletableFuture.completedFuture(null);

    public void run(ArticleReader reader, List<String> paths, PipelineOutput out) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> daemon(r, "akhbar-extract"));
        BlockingQueue<Future<Result>> inFlight = new ArrayBlockingQueue<>(window);
        AtomicReference<Throwable> readFailure = new AtomicReference<>();
        Thread readerThread = daemon(() -> {
            try {
                reader.read(paths, new ArticleHandler() {
                    @Override
                    public void article(Article a) { put(inFlight, pool.submit(() -> extract(a))); }

                    @Override
                    public void problem(InputProblem p) { put(inFlight, CompletableFuture.completedFuture(new Result(null, p))); }
                });
            } catch (Cancelled c) {
                return;                                   // the consumer stopped: nobody waits for END
            } catch (RuntimeException | Error e) {
                readFailure.set(e);
            }
            try {
                inFlight.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "akhbar-read");
        readerThread.start();
        try {
            for (Future<Result> f = take(inFlight); f != END; f = take(inFlight)) {
                Result r = result(f);
                if (r.graph() != null) out.graph(r.graph());
                else out.problem(r.problem());
            }
            Throwable failure = readFailure.get();
            if (failure instanceof RuntimeException e) throw e;
            if (failure instanceof Error e) throw e;
        } finally {
            readerThread.interrupt();
            pool.shutdownNow();
            join(readerThread);
        }
    }

    private Result extract(Article a) {
        try {
            return new Result(pipeline.process(a), null);
        } catch (BudgetExceededException e) {
            return new Result(null, new InputProblem(a.origin(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(null, new InputProblem(a.origin(), "extraction failed: " + e));
        }
    }

    /** Thrown on the reader thread when the consumer has stopped, to unwind the reader. */
    private static final class Cancelled extends RuntimeException {
        Cancelled() { super(null, null, false, false); }
    }

    private static void put(BlockingQueue<Future<Result>> queue, Future<Result> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            throw new Cancelled();
        }
    }

    private static Future<Result> take(BlockingQueue<Future<Result>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Result result(Future<Result> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void join(Thread t) {
        try {
            t.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
