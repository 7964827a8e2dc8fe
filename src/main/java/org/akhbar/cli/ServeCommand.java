package org.akhbar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.akhbar.serve.AkhbarServer;
import org.akhbar.store.AkhbarStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Loads PATHs (if any) into the store, then serves it read-only over SPARQL until Ctrl-C.")
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

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!isLoopback(host)) err.println("WARNING: binding " + host + " exposes the endpoint beyond this machine.");
        AkhbarStore s = AkhbarStore.open(store.db);
        int status = 0;
        if (!inputs.paths.isEmpty()) {
            LoadCommand.Outcome o = LoadCommand.load(s, inputs, 500, err);
            out.println(o.summary());
            status = o.problems() == 0 ? 0 : 1;
        }
        AkhbarServer server = AkhbarServer.builder(s.dataset()).host(host).port(port)
                .timeoutMillis((long) (timeout * 1000)).build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            s.close();
            stopped.countDown();
        }, "akhbar-shutdown"));
        out.println("SPARQL endpoint: " + server.sparqlUrl() + "   (Ctrl-C to stop)");
        out.println("Try:");
        out.println("  curl -s " + server.sparqlUrl()
                + " --data-urlencode 'query=SELECT ?speaker ?content WHERE { ?s a <https://w3id.org/akhbar/ontology#Statement> ; "
                + "<https://w3id.org/akhbar/ontology#speaker>/<http://www.w3.org/2000/01/rdf-schema#label> ?speaker ; "
                + "<https://w3id.org/akhbar/ontology#content> ?content } LIMIT 10' -H 'Accept: text/csv'");
        out.flush();
        stopped.await();
        return status;
    }

    static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1") || host.equals("[::1]");
    }
}
