package org.akhbar.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.graph.Vocab;
import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.source.InputProblem;
import org.apache.jena.riot.RDFDataMgr;

import picocli.CommandLine.Option;

/**
 * {@code akhbar load --server URL}: TDB2 allows one process per store, so while a server holds
 * it, articles go through the server. The extraction runs here as in a local load; each
 * article's graph is then PUT to the server's Graph Store Protocol endpoint, which replaces
 * the graph, so a reload stays idempotent. An article whose fingerprint the server already
 * has is skipped, as a local load would.
 */
final class RemoteLoad {
    private RemoteLoad() {}

    /** The options of {@code load} that send articles to a server instead of opening the store. */
    static final class Options {
        @Option(names = "--server", paramLabel = "URL",
                description = "Send the articles to a running `akhbar serve --allow-update` (e.g. http://127.0.0.1:3030) instead of opening the store.")
        String server;

        @Option(names = "--user", paramLabel = "NAME", defaultValue = "writer",
                description = "User for --server (default: ${DEFAULT-VALUE}).")
        String user;

        @Option(names = "--password-file", paramLabel = "F",
                description = "For --server: the server's password file (the line `USER: PASSWORD` is used) or a file holding only the password.")
        Path passwordFile;
    }

    /** Runs the load; returns the exit code. Fatal problems (unreachable server, refused credentials) throw. */
    static int run(Options o, InputOptions inputs, PrintWriter out, PrintWriter err) {
        if (o.passwordFile == null) throw new IllegalArgumentException("--server needs --password-file F (the server only accepts writes with a password)");
        Endpoints ep = Endpoints.of(o.server);
        Sender sender = new Sender(ep, o.user, password(o.passwordFile, o.user));
        sender.checkCredentials();
        long t0 = System.nanoTime();
        Problems problems = new Problems(err);
        Progress progress = new Progress(err, inputs.progressInput());
        new ParallelRunner(inputs.pipeline(), inputs.threads()).run(inputs.reader(), inputs.paths, new PipelineOutput() {
            @Override
            public void graph(ArticleGraph g) {
                String failure = sender.send(g);
                if (failure != null) progress.around(() -> problems.report(new InputProblem(g.origin(), failure)));
                progress.update(sender.articles(), problems.count());
            }

            @Override
            public void problem(InputProblem p) { progress.around(() -> problems.report(p)); }
        });
        progress.close();
        out.println(String.format("loaded %d articles: %d new, %d replaced, %d unchanged, %d failed; %d quads in %.1f s (sent to %s)",
                sender.articles(), sender.added, sender.replaced, sender.unchanged, problems.count(), sender.quads,
                (System.nanoTime() - t0) / 1e9, ep.dataset()));
        return problems.exitCode();
    }

    /** The dataset's URLs, from whatever the user gave: the server, the dataset, or an endpoint of it. */
    record Endpoints(String dataset) {
        static Endpoints of(String url) {
            String u = url.strip().replaceAll("/+$", "");
            if (!u.startsWith("http://") && !u.startsWith("https://")) throw new IllegalArgumentException("--server must be an http(s) URL, got " + url);
            u = u.replaceAll("/(sparql|query|data|update|page)$", "");
            if (!u.endsWith("/akhbar")) u += "/akhbar";
            return new Endpoints(u);
        }

        URI graphStore(String graphIri) { return URI.create(dataset + "/data?graph=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8)); }

        URI query() { return URI.create(dataset + "/sparql"); }
    }

    /**
     * The password for {@code user}: the {@code user: password[, role…]} line of a Jetty realm
     * file (the one the server reads), or the only line of a file that holds just the password.
     */
    static String password(Path file, String user) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        for (String l : lines) {
            if (l.startsWith(user + ":")) {
                String pw = l.substring(user.length() + 1).split(",", 2)[0].strip();
                if (pw.matches("(?i)(OBF|MD5|CRYPT):.*"))
                    throw new IllegalArgumentException("the password of " + user + " in " + file + " is obfuscated or hashed; give a file holding the plain password");
                return pw;
            }
        }
        if (lines.size() == 1 && !lines.get(0).contains(":")) return lines.get(0);
        throw new IllegalArgumentException("no password for user " + user + " in " + file);
    }

    /** Sends article graphs one at a time and tallies what the server did with them. */
    static final class Sender {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final Endpoints ep;
        private final String auth;
        long added, replaced, unchanged, quads;

        Sender(Endpoints ep, String user, String password) {
            this.ep = ep;
            this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        long articles() { return added + replaced + unchanged; }

        /** Fails fast on a wrong password or a read-only server, before any extraction: an empty update is a no-op. */
        void checkCredentials() {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ep.dataset() + "/update"))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/sparql-update; charset=utf-8")
                        .timeout(Duration.ofMinutes(1))
                        .POST(HttpRequest.BodyPublishers.ofString("# akhbar load: credentials check\n")).build(),
                        HttpResponse.BodyHandlers.ofString());
                refuseOnAuthProblem(r.statusCode());
                if (r.statusCode() / 100 != 2)
                    throw new IllegalStateException("the server at " + ep.dataset() + " answered HTTP " + r.statusCode() + ": " + firstLine(r.body()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot reach the server at " + ep.dataset() + " (" + e.getMessage()
                        + "): is `akhbar serve --allow-update` running there?", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        private void refuseOnAuthProblem(int s) {
            if (s == 401 || s == 403)
                throw new IllegalStateException("the server at " + ep.dataset() + " refused the credentials (HTTP " + s
                        + "): check --user and --password-file");
            if (s == 404 || s == 405)
                throw new IllegalStateException("the server at " + ep.dataset() + " takes no writes (HTTP " + s
                        + "): start it with --allow-update --password-file F");
        }

        /** @return null when the article is on the server, else why it is not */
        String send(ArticleGraph g) {
            try {
                if (hasFingerprint(g)) {
                    unchanged++;
                    return null;
                }
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                RDFDataMgr.writeTriples(body, g.triples().iterator());
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(ep.graphStore(g.graphName().getURI()))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/n-triples; charset=utf-8")
                        .timeout(Duration.ofMinutes(5))
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                        HttpResponse.BodyHandlers.ofString());
                int s = r.statusCode();
                refuseOnAuthProblem(s);
                if (s == 201) added++;
                else if (s / 100 == 2) replaced++;
                else return "the server answered HTTP " + s + ": " + firstLine(r.body());
                quads += g.size();
                return null;
            } catch (ConnectException e) {
                throw new IllegalStateException("cannot reach the server at " + ep.dataset() + ": is `akhbar serve --allow-update` running?", e);
            } catch (IOException e) {
                return "sending to the server failed: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }

        /** Whether the server already holds this very version of the article (same fingerprint). */
        private boolean hasFingerprint(ArticleGraph g) throws IOException, InterruptedException {
            String ask = "ASK { GRAPH <" + g.graphName().getURI() + "> { <" + g.articleNode().getURI() + "> <"
                    + Vocab.FINGERPRINT.getURI() + "> ?f FILTER (STR(?f) = \"" + g.fingerprint().replace("\"", "") + "\") } }";
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(ep.query())
                    .header("Content-Type", "application/sparql-query; charset=utf-8")
                    .header("Accept", "application/sparql-results+json")
                    .timeout(Duration.ofMinutes(1))
                    .POST(HttpRequest.BodyPublishers.ofString(ask)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().replace(" ", "").contains("\"boolean\":true");
        }

        private static String firstLine(String s) {
            String l = s.strip().lines().findFirst().orElse("");
            return l.length() > 200 ? l.substring(0, 200) + "…" : l;
        }
    }
}
