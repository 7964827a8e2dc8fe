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
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.serve.AkhbarServer;
import org.akhbar.source.InputProblem;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.BulkLoad;
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

    @Option(names = "--queries", paramLabel = "DIR",
            description = "Folder of queries (*.rq) to time over HTTP (default: the reference queries in the jar).")
    Path queries;

    @Option(names = "--repeat", defaultValue = "20", description = "Runs of each reference query (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--warmup", defaultValue = "5",
            description = "Untimed rounds of all the reference queries first, so the latencies are those of a warm server (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--skip-load", description = "Measure extraction only.")
    boolean skipLoad;

    @Option(names = "--queries-on", paramLabel = "DIR", description = "Only time the reference queries against this existing store.")
    Path queriesOn;

    @Option(names = "--scale", paramLabel = "N", defaultValue = "0",
            description = "A synthetic archive: the JSON Lines inputs replicated N times with fresh ids, loaded into a fresh "
                    + "store (after the inputs once, for the ratio), then one more copy through write transactions; "
                    + "store size per article and reference queries on the large store. Other measures are left out.")
    int scale;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (scale > 0) return scaled(out);
        if (queriesOn != null) {
            try (AkhbarStore store = AkhbarStore.open(queriesOn)) {
                queryLatency(out, store);
            }
            return 0;
        }
        Problems problems = new Problems(new PrintWriter(java.io.Writer.nullWriter()));
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("akhbar-bench");
        for (String old : new String[] {"akhbar-db", "jena-default-db", "bulk-db", "akhbar-tx-db", "export.nq"}) {
            if (Files.exists(dir.resolve(old))) AkhbarStore.deleteTree(dir.resolve(old)); // every store starts fresh
        }
        try {
            out.printf("machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            // 1. extraction alone
            long[] n = new long[3]; // articles, chars, quads
            long t0 = System.nanoTime();
            new ParallelRunner(inputs.pipeline(), inputs.threads()).run(inputs.reader(), inputs.paths, new PipelineOutput() {
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
            out.printf("heap.peak_used_MB: %d%nheap.peak_live_MB: %d%n", PEAK.get() >> 20, PEAK_LIVE.get() >> 20);
            System.gc();
            out.printf("heap.after_gc_MB: %d%n", (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            return 0;
        } finally {
            if (work == null) AkhbarStore.deleteTree(dir);
        }
    }

    /**
     * The loading measures, then the queries. One store is open at a time: each holds TDB2's
     * node caches, and two of them at once in a 1 GB heap would slow the next one down.
     */
    private void load(PrintWriter out, Path dir) throws Exception {
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        Path db = dir.resolve("akhbar-db"), nq = dir.resolve("export.nq");
        double rate;
        try (AkhbarStore store = AkhbarStore.open(db)) {
            // 2. extract + load into a fresh store, as `akhbar load` does it (Jena's bulk loader for an empty store)
            LoadCommand.Outcome o = LoadCommand.load(store, inputs, 500, true, quiet);
            rate = o.counts().quads() / o.seconds();
            out.printf("load.articles: %d%nload.quads: %d%nload.seconds: %.2f%nload.articles_per_s: %.0f%nload.quads_per_s: %.0f%n",
                    o.counts().articles(), o.counts().quads(), o.seconds(), o.counts().articles() / o.seconds(), rate);
            out.flush();
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(nq), 1 << 16)) {
                store.export(os, RDFFormat.NQUADS, null);
            }
        }
        // 3. Jena's bulk loaders on the same quads: tdb2.tdbloader --loader=parallel (Jena's six-index
        //    layout), and the same parallel plan on Akhbar's four-index layout
        double jenaDefault = timeBulk(out, "bulkloader", nq, in -> BulkLoad.jenaDefault(dir.resolve("jena-default-db"), in));
        double sameLayout;
        try (AkhbarStore fresh = AkhbarStore.open(dir.resolve("bulk-db"))) {
            sameLayout = timeBulk(out, "bulkloader_same_layout", nq, in -> BulkLoad.nquads(fresh, in));
        }
        Files.deleteIfExists(nq);
        out.printf("load.ratio_to_bulkloader: %.2f%nload.ratio_to_bulkloader_same_layout: %.2f%n", rate / jenaDefault, rate / sameLayout);
        out.flush();
        // 4. extract + load through write transactions (the path for a store that holds data)
        try (AkhbarStore fresh = AkhbarStore.open(dir.resolve("akhbar-tx-db"))) {
            LoadCommand.Outcome t = LoadCommand.load(fresh, inputs, 500, false, quiet);
            double qps = t.counts().quads() / t.seconds();
            out.printf("load_transactions.seconds: %.2f%nload_transactions.articles_per_s: %.0f%nload_transactions.quads_per_s: %.0f%n",
                    t.seconds(), t.counts().articles() / t.seconds(), qps);
            out.printf("load_transactions.ratio_to_bulkloader: %.2f%nload_transactions.ratio_to_bulkloader_same_layout: %.2f%n",
                    qps / jenaDefault, qps / sameLayout);
        }
        out.flush();
        // 5. reference queries over HTTP, on the store `akhbar load` made
        try (AkhbarStore store = AkhbarStore.open(db)) {
            queryLatency(out, store);
        }
    }

    /**
     * {@code --scale N}: how the store grows. The inputs once into a fresh store (the 1x load
     * time), the archive of N copies into another fresh store (Jena's bulk loader, as `load`
     * does), then one more copy with fresh ids into the large store through write transactions
     * (the path of a store that holds data); store bytes on disk per article; the reference
     * queries over HTTP on the large store. The heap is sampled throughout.
     */
    private int scaled(PrintWriter out) throws Exception {
        Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("akhbar-bench");
        for (String old : new String[] {"scale-1x-db", "scale-db", "scale-archive", "scale-extra"}) {
            if (Files.exists(dir.resolve(old))) AkhbarStore.deleteTree(dir.resolve(old));
        }
        PrintWriter quiet = new PrintWriter(java.io.Writer.nullWriter());
        List<String> given = inputs.paths;
        try {
            out.printf("machine: %d cores, max heap %d MB, Java %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            long t0 = System.nanoTime();
            List<String> archive = ScaledArchive.write(given, 0, scale, dir.resolve("scale-archive"));
            List<String> extra = ScaledArchive.write(given, scale, 1, dir.resolve("scale-extra"));
            out.printf("scale.copies: %d%nscale.archive_seconds: %.1f%n", scale, seconds(t0));
            out.flush();
            double oneX;
            try (AkhbarStore store = AkhbarStore.open(dir.resolve("scale-1x-db"))) {
                LoadCommand.Outcome o = LoadCommand.load(store, inputs, 500, true, quiet);
                oneX = o.seconds();
                out.printf("scale.load_1x.articles: %d%nscale.load_1x.quads: %d%nscale.load_1x.seconds: %.1f%n",
                        o.counts().articles(), o.counts().quads(), o.seconds());
            }
            AkhbarStore.deleteTree(dir.resolve("scale-1x-db"));
            out.flush();
            Path db = dir.resolve("scale-db");
            try (AkhbarStore store = AkhbarStore.open(db)) {
                inputs.paths = archive;
                LoadCommand.Outcome o = LoadCommand.load(store, inputs, 500, true, quiet);
                long articles = o.counts().articles();
                out.printf("scale.load.articles: %d%nscale.load.quads: %d%nscale.load.seconds: %.1f%nscale.load.articles_per_s: %.0f%n"
                        + "scale.load.quads_per_s: %.0f%nscale.load.ratio_to_1x: %.2f%n", articles, o.counts().quads(), o.seconds(),
                        articles / o.seconds(), o.counts().quads() / o.seconds(), o.seconds() / oneX);
                long bytes = bytesUnder(db);
                out.printf("scale.store_MB: %d%nscale.store_bytes_per_article: %d%n", bytes >> 20, bytes / Math.max(1, articles));
                out.flush();
                inputs.paths = extra;
                LoadCommand.Outcome t = LoadCommand.load(store, inputs, 500, true, quiet);   // a store with data: transactions
                out.printf("scale.tx_load.articles: %d%nscale.tx_load.new: %d%nscale.tx_load.quads: %d%nscale.tx_load.seconds: %.1f%n"
                        + "scale.tx_load.articles_per_s: %.0f%nscale.tx_load.quads_per_s: %.0f%n", t.counts().articles(), t.counts().added(),
                        t.counts().quads(), t.seconds(), t.counts().articles() / t.seconds(), t.counts().quads() / t.seconds());
                long after = bytesUnder(db);
                out.printf("scale.store_after_tx_MB: %d%nscale.store_after_tx_bytes_per_article: %d%n", after >> 20,
                        after / Math.max(1, articles + t.counts().added()));
                out.flush();
                queryLatency(out, store);
            }
            out.printf("heap.peak_used_MB: %d%nheap.peak_live_MB: %d%n", PEAK.get() >> 20, PEAK_LIVE.get() >> 20);
            return 0;
        } finally {
            inputs.paths = given;
            AkhbarStore.deleteTree(dir.resolve("scale-archive"));
            AkhbarStore.deleteTree(dir.resolve("scale-extra"));
            if (work == null) AkhbarStore.deleteTree(dir);
        }
    }

    /** Bytes of the files under a folder: a store's size on disk. */
    private static long bytesUnder(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** A loader of an N-Quads stream that returns the quads it loaded. */
    private interface NQuadsLoad {
        long load(InputStream in) throws IOException;
    }

    /** Times one bulk load of {@code nq}, prints its lines, returns its quads/s. */
    private static double timeBulk(PrintWriter out, String name, Path nq, NQuadsLoad loader) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(nq), 1 << 16)) {
            long t = System.nanoTime();
            long q = loader.load(in);
            double s = seconds(t);
            out.printf("%s.quads: %d%n%s.seconds: %.2f%n%s.quads_per_s: %.0f%n", name, q, name, s, name, q / s);
            out.flush();
            return q / s;
        }
    }

    private void queryLatency(PrintWriter out, AkhbarStore store) throws IOException, InterruptedException {
        Map<String, String> named = queries == null ? referenceQueries() : queriesIn(queries);
        List<String> names = new ArrayList<>(named.keySet());
        try (AkhbarServer server = AkhbarServer.builder(store.dataset()).port(0).build().start()) {
            out.printf("queries.runs: %d rounds of every query untimed, then %d timed runs of each, over HTTP%n", warmup, repeat);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> bodies = new ArrayList<>();
            for (String name : names) bodies.add("query=" + URLEncoder.encode(named.get(name), StandardCharsets.UTF_8));
            // warm the server on all the queries first, as a server in use is, so that the first
            // query timed does not pay for compiling what the others share
            for (int round = 0; round < warmup; round++) {
                for (String body : bodies) send(http, server, body);
            }
            for (int q = 0; q < names.size(); q++) {
                List<Long> times = new ArrayList<>();
                int status = 0;
                for (int i = 0; i < repeat; i++) {
                    long t = System.nanoTime();
                    status = send(http, server, bodies.get(q));
                    times.add(System.nanoTime() - t);
                }
                times.sort(Comparator.naturalOrder());
                out.printf("query.%s: status %d, p50 %.1f ms, p95 %.1f ms%n", names.get(q), status,
                        times.get(times.size() / 2) / 1e6, times.get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.95) - 1)) / 1e6);
                out.flush();
            }
        }
    }

    /** The *.rq files of a folder by name (without .rq), in name order. */
    private static Map<String, String> queriesIn(Path dir) throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".rq")).toList()) {
                out.put(f.getFileName().toString().replace(".rq", ""), Files.readString(f));
            }
        }
        return out;
    }

    /** The reference queries the jar carries for the web page (queries/ of the project), in name order. */
    private static Map<String, String> referenceQueries() throws IOException {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String name : resource("index.txt").split("\\R")) {
            if (!name.isBlank()) out.put(name.strip().replace(".rq", ""), resource(name.strip()));
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (var in = BenchCommand.class.getResourceAsStream("/akhbar/queries/" + name)) {
            if (in == null) throw new IOException("the jar has no reference query " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One query as the web page and curl send it; the whole JSON answer is read. */
    private static int send(HttpClient http, AkhbarServer server, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
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

    /**
     * Heap sampled every 50 ms: the highest use seen (garbage included, so with a throughput
     * collector it nears -Xmx by design), and the highest live heap, i.e. what the heap pools
     * held right after their last collection, which is what must stay bounded.
     */
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong PEAK_LIVE = new java.util.concurrent.atomic.AtomicLong();

    static {
        Thread sampler = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            var pools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP && p.isCollectionUsageThresholdSupported()).toList();
            while (true) {
                PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                long live = 0;
                for (var p : pools) live += p.getCollectionUsage() == null ? 0 : p.getCollectionUsage().getUsed();
                PEAK_LIVE.accumulateAndGet(live, Math::max);
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

    static double seconds(long t0) { return (System.nanoTime() - t0) / 1e9; }

}
