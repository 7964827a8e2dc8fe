package org.akhbar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;
import org.akhbar.store.StoreBackup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a consistent snapshot of the store as gzipped N-Quads (the store as of one commit, "
                + "while loads go on). A running server holds the store: back it up through the server with --server "
                + "(it must run with --allow-update). Restore with `akhbar restore FILE`.")
final class BackupCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin RemoteLoad.Options remote;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Where to write the backup, e.g. akhbar-2026-01-01.nq.gz; "
            + "written to FILE.partial and renamed when whole.")
    Path file;

    @Override
    public Integer call() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        String what;
        if (remote.server != null) {
            long bytes = StoreBackup.save(fromServer(), file);
            what = String.format("backed up %s to %s: %,d bytes", remote.server, file, bytes);
        } else {
            try (AkhbarStore s = AkhbarStore.open(store.db)) {
                StoreBackup.Written w = StoreBackup.backup(s, file);
                what = String.format("backed up %s to %s: %,d quads, %,d bytes", store.db, file, w.quads(), w.bytes());
            }
        }
        spec.commandLine().getOut().printf("%s in %.1f s%n", what, (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    /**
     * The whole dataset from the server's Graph Store Protocol endpoint, gzipped N-Quads: Fuseki
     * answers a dataset GET in one read transaction, so this too is one commit's snapshot.
     */
    private InputStream fromServer() throws IOException, InterruptedException {
        if (remote.passwordFile == null) throw new IllegalArgumentException("--server needs --password-file F (the server shows its data store only with a password)");
        RemoteLoad.Endpoints ep = RemoteLoad.Endpoints.of(remote.server);
        String auth = remote.user + ":" + RemoteLoad.password(remote.passwordFile, remote.user);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(ep.dataset() + "/data"))
                .header("Accept", "application/n-quads")
                .header("Accept-Encoding", "gzip")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            r.body().close();
            throw new IllegalStateException("the server answered " + r.statusCode() + " to the backup request at " + req.uri()
                    + (r.statusCode() == 401 || r.statusCode() == 403 ? " (check --user and --password-file)" : "")
                    + (r.statusCode() == 404 ? " (start it with --allow-update --password-file F)" : ""));
        }
        boolean gz = r.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
        return gz ? r.body() : new GzipOnTheFly(r.body());
    }

    /** Gzips a stream as it is read, so a server's plain N-Quads are saved compressed without holding them. */
    private static final class GzipOnTheFly extends InputStream {
        private final InputStream plain;
        private final java.io.PipedInputStream pipe;

        GzipOnTheFly(InputStream plain) throws IOException {
            this.plain = plain;
            this.pipe = new java.io.PipedInputStream(1 << 16);
            java.io.PipedOutputStream sink = new java.io.PipedOutputStream(pipe);
            Thread t = new Thread(() -> {
                try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(sink, 1 << 16); plain) {
                    plain.transferTo(gz);
                } catch (IOException e) {
                    // the reader sees the pipe broken and fails the backup
                }
            }, "akhbar-backup-gzip");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public int read() throws IOException { return pipe.read(); }

        @Override
        public int read(byte[] b, int off, int len) throws IOException { return pipe.read(b, off, len); }

        @Override
        public void close() throws IOException {
            pipe.close();
            plain.close();
        }
    }
}
