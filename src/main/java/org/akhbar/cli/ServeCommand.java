package org.akhbar.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.akhbar.serve.AkhbarServer;
import org.akhbar.store.AkhbarStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Loads PATHs (if any) into the store, then serves it over SPARQL, read-only unless --allow-update, "
                + "with the web page at / until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Mixin InputOptions inputs;
    @Spec CommandSpec spec;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Longest time a query may run (default: ${DEFAULT-VALUE} s).")
    double timeout;

    @Option(names = "--allow-update", description = "Open SPARQL Update (/akhbar/update) and the Graph Store Protocol (/akhbar/data) "
            + "to the users of --password-file, over HTTP basic auth.")
    boolean allowUpdate;

    @Option(names = "--password-file", paramLabel = "F",
            description = "Users allowed to write, one `USER: PASSWORD` line each (Jetty realm format). Needed by --allow-update.")
    Path passwordFile;

    @Option(names = "--allow-service", description = "Let queries call other endpoints with SERVICE (off: the server would fetch URLs its users choose).")
    boolean allowService;

    @Option(names = "--allow-load", description = "Let SPARQL Update's LOAD read files and URLs (off: a writer could make the server read its files or fetch any URL).")
    boolean allowLoad;

    @Option(names = "--max-query-depth", paramLabel = "N", defaultValue = "64",
            description = "Queries and updates nested deeper than this get 400 (default: ${DEFAULT-VALUE}).")
    int maxQueryDepth;

    @Option(names = "--allowed-host", paramLabel = "NAME",
            description = "A host name clients may use to reach the server (repeatable); IP addresses and localhost always work, "
                    + "other names get 403 (this stops DNS rebinding).")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Most rows the web page is sent for one query (default: ${DEFAULT-VALUE}); /akhbar/sparql has no cap.")
    long maxRows;

    @Option(names = "--max-request-mb", paramLabel = "MB", defaultValue = "16",
            description = "Larger request bodies are refused with 413 (default: ${DEFAULT-VALUE} MB).")
    long maxRequestMb;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let pages from ORIGIN (e.g. https://yasgui.triply.cc; '*' for any) query the endpoint from a browser. "
                    + "Repeatable. Off by default: only the server's own page may.")
    java.util.List<String> corsOrigins = new java.util.ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        for (String o : corsOrigins) {
            if (!o.equals("*") && !o.matches("https?://[^/\\s]+"))
                throw new ParameterException(spec.commandLine(), "--cors " + o + ": an origin is scheme://host[:port], without a path, "
                        + "e.g. https://yasgui.triply.cc, or '*'");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (allowUpdate && passwordFile == null)
            throw new ParameterException(spec.commandLine(), "--allow-update needs --password-file F: updates are only served behind a password");
        if (!allowUpdate && passwordFile != null)
            throw new ParameterException(spec.commandLine(), "--password-file is for --allow-update; give both or neither");
        if (!isLoopback(host)) {
            err.println("WARNING: binding " + host + " exposes the endpoint beyond this machine.");
            if (allowUpdate) err.println("WARNING: updates are open on " + host + " over plain HTTP: passwords cross the network "
                    + "readable by anyone on the path. Put a TLS proxy in front, or bind 127.0.0.1.");
        }
        FreePort.require(spec, host, port);   // before a long load, not after it
        if (allowUpdate) for (String w : org.akhbar.serve.PasswordFileCheck.warnings(passwordFile)) err.println("WARNING: " + w + ".");
        AkhbarStore s = store.openOrCreate(spec);
        int status = 0;
        if (!inputs.paths.isEmpty()) {
            LoadCommand.Outcome o = LoadCommand.load(s, inputs, 500, true, err);
            out.println(o.summary());
            status = o.problems() == 0 ? 0 : 1;
        }
        OntologyGraph.install(s);   // after the load: a bulk load needs the store empty of articles, and may drop it
        AkhbarServer server = AkhbarServer.builder(s.dataset()).host(host).port(port)
                .timeoutMillis((long) (timeout * 1000)).allowService(allowService).pageRows(maxRows)
                .maxRequestBytes(maxRequestMb << 20).corsOrigins(corsOrigins).allowUpdate(allowUpdate ? passwordFile : null)
                .allowLoad(allowLoad).maxQueryDepth(maxQueryDepth).allowedHosts(allowedHosts)
                .stats(() -> s.stats().counts()).build();
        try {
            server.start();
        } catch (RuntimeException e) {
            s.close();
            if (FreePort.isBindFailure(e)) throw FreePort.taken(spec, host, port);
            throw e;
        }
        RunningServer.write(store.db, server.baseUrl());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            RunningServer.delete(store.db);
            s.close();
            stopped.countDown();
        }, "akhbar-shutdown"));
        out.println("Web page:        " + server.baseUrl() + "/");
        out.println("SPARQL endpoint: " + server.sparqlUrl() + "   (Ctrl-C to stop)");
        if (allowUpdate) out.println("Updates:         " + server.baseUrl() + AkhbarServer.DATASET + "/update and /data (basic auth), "
                + "e.g. akhbar load --server " + server.baseUrl() + " --password-file " + passwordFile + " PATH");
        out.println("Try:");
        out.println("  curl -s " + server.sparqlUrl()
                + " --data-urlencode 'query=SELECT ?speaker ?content WHERE { ?s a <https://w3id.org/akhbar/ontology#Statement> ; "
                + "<https://w3id.org/akhbar/ontology#speaker>/<http://www.w3.org/2000/01/rdf-schema#label> ?speaker ; "
                + "<https://w3id.org/akhbar/ontology#content> ?content FILTER(lang(?speaker) = \"ar\") } LIMIT 10' -H 'Accept: text/csv'");
        out.flush();
        stopped.await();
        return status;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
