package org.akhbar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.akhbar.cli.AkhbarCommand;
import org.akhbar.serve.AkhbarServer;
import org.akhbar.store.AkhbarStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * The server under load, on loopback only and bounded in time: eight clients run the
 * reference queries while articles arrive through the authenticated Graph Store endpoint
 * (`akhbar load --server`). No 5xx, no failed read, every loaded article visible afterwards.
 */
class ServerUnderLoadTest {
    static final int CLIENTS = 8;
    static final int ARTICLES = 300;
    static final Duration MAX_TIME = Duration.ofSeconds(60);

    @TempDir Path dir;

    @Test
    void eightClientsQueryWhileArticlesAreLoadedThroughTheServer() throws Exception {
        Path slice = dir.resolve("slice.jsonl");
        TestCorpus.writeSlice(slice, ARTICLES, 3000);
        Path pw = Files.writeString(dir.resolve("pw.txt"), "writer: s3cret-for-tests\n");
        List<String> queries = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            for (Path q : s.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) queries.add(Files.readString(q));
        }
        try (AkhbarStore store = AkhbarStore.open(dir.resolve("db"));
             AkhbarServer server = AkhbarServer.builder(store.dataset()).port(0).timeoutMillis(20_000).allowUpdate(pw).build().start()) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            AtomicLong ok = new AtomicLong(), serverErrors = new AtomicLong(), failedReads = new AtomicLong();
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            long deadline = System.nanoTime() + MAX_TIME.toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            Future<Integer> loader = pool.submit(() -> {
                StringWriter out = new StringWriter();
                CommandLine cl = AkhbarCommand.commandLine();
                cl.setOut(new PrintWriter(out, true));
                cl.setErr(new PrintWriter(out, true));
                int exit = cl.execute("load", "--server", server.baseUrl(), "--password-file", pw.toString(), slice.toString());
                assertEquals(0, exit, out.toString());
                return exit;
            });
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int offset = c;
                clients.add(pool.submit(() -> {
                    int i = offset;
                    // run until the load is done (and at least a few rounds), bounded by the deadline
                    while (System.nanoTime() < deadline && (!loader.isDone() || i < offset + 2 * queries.size())) {
                        String q = queries.get(i++ % queries.size());
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                                    .timeout(Duration.ofSeconds(30))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .header("Accept", "application/sparql-results+json")
                                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                                    .build(), HttpResponse.BodyHandlers.ofString());
                            latencies.add(System.nanoTime() - t0);
                            if (r.statusCode() >= 500) serverErrors.incrementAndGet();
                            else if (r.statusCode() != 200 || !r.body().contains("\"results\"")) failedReads.incrementAndGet();
                            else ok.incrementAndGet();
                        } catch (Exception e) {
                            failedReads.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            assertEquals(0, loader.get(MAX_TIME.toSeconds() + 30, TimeUnit.SECONDS));
            for (Future<?> f : clients) f.get(MAX_TIME.toSeconds() + 30, TimeUnit.SECONDS);
            pool.shutdownNow();

            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            long p95 = sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
            System.out.printf("server under load: %d requests ok, %d server errors, %d failed reads, p95 %.1f ms%n",
                    ok.get(), serverErrors.get(), failedReads.get(), p95 / 1e6);
            assertEquals(0, serverErrors.get(), "5xx responses");
            assertEquals(0, failedReads.get(), "failed reads");
            assertTrue(ok.get() >= CLIENTS, "too few requests served: " + ok.get());

            HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(
                            "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://w3id.org/akhbar/ontology#Article> }", StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(String.valueOf(ARTICLES), count.body().lines().skip(1).findFirst().orElse("").strip(), "every loaded article is visible");
        }
    }
}
