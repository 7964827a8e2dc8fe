package org.akhbar.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The embedded Fuseki server over the store: SPARQL query at {@code /akhbar/sparql} (and
 * {@code /akhbar/query}), read-only, bound to 127.0.0.1 unless told otherwise, with a query
 * timeout. Build with {@link #builder(DatasetGraph)}.
 */
public final class AkhbarServer implements AutoCloseable {
    public static final String DATASET = "/akhbar";
    private final FusekiServer server;
    private final String host;

    private AkhbarServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    public static Builder builder(DatasetGraph dsg) { return new Builder(dsg); }

    public static final class Builder {
        private final DatasetGraph dsg;
        private String host = "127.0.0.1";
        private int port = 3030;
        private long timeoutMillis = 30_000;

        private Builder(DatasetGraph dsg) { this.dsg = dsg; }

        public Builder host(String h) { this.host = h; return this; }
        /** 0 picks a free port; read it back with {@link AkhbarServer#port()}. */
        public Builder port(int p) { this.port = p; return this; }
        public Builder timeoutMillis(long ms) { this.timeoutMillis = ms; return this; }

        public AkhbarServer build() {
            // Fuseki reads the timeout from the dataset's context; a client cannot raise it.
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            DataService service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query)
                    .build();
            FusekiServer server = FusekiServer.create()
                    .port(port)
                    .add(DATASET, service)
                    .enablePing(true)
                    .enableStats(true)
                    .verbose(false)
                    .build();
            // The builder listens on every interface; bind the connector to the host asked for.
            for (Connector c : server.getJettyServer().getConnectors()) {
                if (c instanceof ServerConnector sc) sc.setHost(host);
            }
            return new AkhbarServer(server, host);
        }
    }

    public AkhbarServer start() {
        server.start();
        return this;
    }

    public int port() { return server.getHttpPort(); }

    public String host() { return host; }

    public String sparqlUrl() { return "http://" + hostForUrl() + ":" + port() + DATASET + "/sparql"; }

    public String baseUrl() { return "http://" + hostForUrl() + ":" + port(); }

    private String hostForUrl() { return host.contains(":") ? "[" + host + "]" : host; }

    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
