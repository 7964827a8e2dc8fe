package org.akhbar.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.serve.AkhbarServer;
import org.akhbar.source.InputProblem;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.BatchLoader;
import org.akhbar.store.BulkLoad;
import org.akhbar.store.LoadCounts;
import org.apache.jena.riot.RDFFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the whole product on a corpus, in a stable "name: value" format: extraction alone,
 * extract + load into a fresh store (and Jena's bulk loader on the same quads, as a ratio that
 * holds on a noisy machine), reference query latency over HTTP, and peak heap.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks extraction, loading and queries on PATHs (e.g. ../shared/corpus/*.jsonl.gz).")
final class BenchCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Spec CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder for the stores (default: a temporary folder, deleted after).")
    Path work;

    @Option(names = "--queries", paramLabel = "DIR", defaultValue = "queries",
            description = "Folder of reference queries (*.rq) to time over HTTP (default: ${DEFAULT-VALUE}).")
    Path queries;

    @Option(names = "--repeat", defaultValue = "20", description = "Runs of each reference query (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--skip-load", description = "Measure extraction only.")
    boolean skipLoad;

    @Option(names = "--queries-on", paramLabel = "DIR", description = "Only time the reference queries against this existing store.")
    Path queriesOn;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (queriesOn != null) {
            try (AkhbarStore store = AkhbarStore.open(queriesOn)) {
                queryLatency(out, store);
            }
            return 0;
        }
        Problems problems = new Problems(new PrintWriter(java.io.Writer.nullWriter()));
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("akhbar-bench");
        try {
            out.printf("machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            // 1. extraction alone
            long[] n = new long[3]; // articles, chars, quads
            long t0 = System.nanoTime();
            new ParallelRunner(Pipeline.standard(), inputs.threads()).run(inputs.reader(), inputs.paths, new PipelineOutput() {
                public void graph(ArticleGraph g) { n[0]++; n[2] += g.size(); }
                public void problem(InputProblem p) { problems.report(p); }
            });
            double s1 = seconds(t0);
            long chars = sizeOfInputs();
            out.printf("extract.articles: %d%nextract.skipped: %d%nextract.seconds: %.2f%nextract.articles_per_s: %.0f%n",
                    n[0], problems.count(), s1, n[0] / s1);
            out.printf("extract.input_MB_per_s: %.2f%nextract.quads_per_article: %.1f%n", chars / 1e6 / s1, (double) n[2] / Math.max(1, n[0]));
            out.flush();
            if (!skipLoad) load(out, dir);
            out.printf("heap.peak_MB: %d%n", peakHeap() >> 20);
            System.gc();
            out.printf("heap.after_gc_MB: %d%n", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            return 0;
        } finally {
            if (work == null) deleteTree(dir);
        }
    }

    private void load(PrintWriter out, Path dir) throws Exception {
        // 2. extract + load into a fresh store through Akhbar's transactional loader
        Path db = dir.resolve("akhbar-db");
        long t0 = System.nanoTime();
        LoadCounts counts;
        try (AkhbarStore store = AkhbarStore.open(db)) {
            counts = new BatchLoader(store, new ParallelRunner(Pipeline.standard(), inputs.threads()), 500, 200_000)
                    .load(inputs.reader(), inputs.paths, new BatchLoader.Listener() {
                        public void committed(LoadCounts total) { }
                        public void problem(InputProblem p) { }
                    });
            double s = seconds(t0);
            double rate = counts.quads() / s;
            out.printf("load.articles: %d%nload.quads: %d%nload.seconds: %.2f%nload.articles_per_s: %.0f%nload.quads_per_s: %.0f%n",
                    counts.articles(), counts.quads(), s, counts.articles() / s, rate);
            out.flush();
            // 3. Jena's bulk loader on the same quads
            double bulkRate;
            Path nq = dir.resolve("export.nq");
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                store.export(os, RDFFormat.NQUADS, null);
            }
            try (AkhbarStore fresh = AkhbarStore.open(dir.resolve("bulk-db")); InputStream in = Files.newInputStream(nq)) {
                long t1 = System.nanoTime();
                long q = BulkLoad.nquads(fresh, in);
                double sb = seconds(t1);
                out.printf("bulkloader.quads: %d%nbulkloader.seconds: %.2f%nbulkloader.quads_per_s: %.0f%n", q, sb, q / sb);
                bulkRate = q / sb;
                out.printf("load.ratio_to_bulkloader: %.2f%n", rate / bulkRate);
            }
            Files.deleteIfExists(nq);
            out.flush();
            // 3b. extract + load through the bulk path (load --bulk) into another fresh store
            try (AkhbarStore fresh = AkhbarStore.open(dir.resolve("akhbar-bulk-db"))) {
                LoadCommand.Outcome o = LoadCommand.bulkLoad(fresh, inputs, new PrintWriter(java.io.Writer.nullWriter()));
                double qps = o.counts().quads() / o.seconds();
                out.printf("load_bulk.articles: %d%nload_bulk.seconds: %.2f%nload_bulk.articles_per_s: %.0f%nload_bulk.quads_per_s: %.0f%n",
                        o.counts().articles(), o.seconds(), o.counts().articles() / o.seconds(), qps);
                out.printf("load_bulk.ratio_to_bulkloader: %.2f%n", qps / bulkRate);
            }
            out.flush();
            // 4. reference queries over HTTP
            queryLatency(out, store);
        }
    }

    private void queryLatency(PrintWriter out, AkhbarStore store) throws IOException, InterruptedException {
        if (!Files.isDirectory(queries)) {
            out.println("queries: none (no folder " + queries + ")");
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(queries)) {
            files = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        try (AkhbarServer server = AkhbarServer.builder(store.dataset()).port(0).build().start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            for (Path f : files) {
                String body = "query=" + URLEncoder.encode(Files.readString(f), StandardCharsets.UTF_8);
                List<Long> times = new ArrayList<>();
                int status = 0;
                for (int i = 0; i < repeat + 2; i++) {
                    long t = System.nanoTime();
                    HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
                    status = r.statusCode();
                    if (i >= 2) times.add(System.nanoTime() - t); // two warm-up runs
                }
                times.sort(Comparator.naturalOrder());
                String name = f.getFileName().toString().replace(".rq", "");
                out.printf("query.%s: status %d, p50 %.1f ms, p95 %.1f ms%n", name, status,
                        times.get(times.size() / 2) / 1e6, times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.95) - 1)) / 1e6);
                out.flush();
            }
        }
    }

    private long sizeOfInputs() {
        long total = 0;
        for (String p : inputs.paths) {
            try {
                Path path = Path.of(p);
                if (Files.isRegularFile(path)) total += Files.size(path);
            } catch (IOException | RuntimeException ignored) {
                // stdin or unreadable: not counted
            }
        }
        return total;
    }

    /** Highest heap use seen by a sampler every 50 ms (the pools' own peaks, summed, overstate it). */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "akhbar-heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static long peakHeap() { return PEAK.get(); }

    static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
