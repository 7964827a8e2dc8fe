package org.akhbar.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * The embedded Fuseki server over the store, safe by default: SPARQL query at
 * {@code /akhbar/sparql} (and {@code /akhbar/query}, {@code /akhbar}), bound to 127.0.0.1, with a
 * query timeout, no federated SERVICE, a cap on request bodies, and no writes. The web page is
 * served at {@code /}, and queries from it go to {@code /akhbar/page}, which caps the rows.
 * Writes (SPARQL Update at {@code /akhbar/update}, Graph Store Protocol at {@code /akhbar/data})
 * exist only when a password file is given, and only behind HTTP basic auth, which throttles
 * guessing; cross-site writes and SPARQL Update's LOAD are refused. Every request passes the
 * host-name check and gets nosniff and CSP headers ({@link ResponsePolicy}); slow bodies, deep or
 * huge query texts and backtracking regular expressions are bounded (see README, Endpoint).
 */
public final class AkhbarServer implements AutoCloseable {
    public static final String DATASET = "/akhbar";
    /** SPARQL query with a row cap: what the web page asks. Allocated once: Fuseki keeps a global registry. */
    static final Operation PAGE_QUERY = Operation.alloc("https://w3id.org/akhbar/ontology#PageQuery",
            "page-query", "SPARQL query with a cap on the rows returned, for the web page");
    /** Request bodies must arrive at least this fast (bytes per second); any real client is far faster. */
    static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;
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
        private boolean allowService;
        private long pageRows = 1000;
        private long maxRequestBytes = 16L << 20;
        private Path passwordFile;
        private Supplier<Map<String, Long>> stats;
        private java.util.List<String> corsOrigins = java.util.List.of();
        private boolean allowLoad;
        private int maxQueryDepth = 64;
        private int maxQueryChars = 1_000_000;
        private long idleTimeoutMillis = -1;
        private int maxThreads = 200;
        private final Set<String> allowedHosts = new HashSet<>();

        private Builder(DatasetGraph dsg) { this.dsg = dsg; }

        public Builder host(String h) { this.host = h; return this; }
        /** 0 picks a free port; read it back with {@link AkhbarServer#port()}. */
        public Builder port(int p) { this.port = p; return this; }
        public Builder timeoutMillis(long ms) { this.timeoutMillis = ms; return this; }
        /** Lets queries call other SPARQL endpoints with SERVICE: the server then fetches URLs its users choose. */
        public Builder allowService(boolean allow) { this.allowService = allow; return this; }
        /** The most rows {@code /akhbar/page} returns to the web page. */
        public Builder pageRows(long rows) { this.pageRows = rows; return this; }
        /** Request bodies over this size are refused with 413. */
        public Builder maxRequestBytes(long bytes) { this.maxRequestBytes = bytes; return this; }
        /**
         * Opens SPARQL Update and the Graph Store Protocol to the users of this Jetty realm file
         * ({@code user: password} lines), over HTTP basic auth.
         */
        public Builder allowUpdate(Path passwordFile) { this.passwordFile = passwordFile; return this; }
        /** Lets SPARQL Update's LOAD read files and URLs: the server then reads what its writers name. */
        public Builder allowLoad(boolean allow) { this.allowLoad = allow; return this; }
        /** Queries and updates nested deeper than this ({ ( [ brackets) get 400 "query too deeply nested". */
        public Builder maxQueryDepth(int depth) { this.maxQueryDepth = depth; return this; }
        /** Query texts longer than this many chars get 400 before they are parsed. */
        public Builder maxQueryChars(int chars) { this.maxQueryChars = chars; return this; }
        /**
         * A connection that sends or reads nothing for this long is closed (default: 30 s, or the
         * query timeout and 10 s more, so a query that runs to its timeout still gets its 503).
         */
        public Builder idleTimeoutMillis(long ms) { this.idleTimeoutMillis = ms; return this; }
        /** Threads serving requests: a request whose body arrives slowly holds one until it is dropped. */
        public Builder maxThreads(int n) { this.maxThreads = n; return this; }
        /**
         * Host names (besides IP addresses and localhost) that requests may name in their Host
         * header; others get 403, which stops DNS rebinding.
         */
        public Builder allowedHosts(Collection<String> names) {
            names.forEach(n -> allowedHosts.add(n.toLowerCase(Locale.ROOT)));
            return this;
        }
        /** Dataset statistics served at {@code /api/stats}. */
        public Builder stats(Supplier<Map<String, Long>> counts) { this.stats = counts; return this; }

        /**
         * Origins besides the page's own whose scripts may read the answers (CORS), such as a
         * public YASGUI; "*" allows any. Credentials are never allowed cross-origin.
         */
        public Builder corsOrigins(java.util.List<String> origins) { this.corsOrigins = java.util.List.copyOf(origins); return this; }
        /** Fuseki's basic-auth handler over the password file, with a login service that throttles guessing. */
        private static ConstraintSecurityHandler throttledBasicAuth(Path passwordFile) {
            UserStore users = JettySecurityLib.makeUserStore(passwordFile.toString());
            ConstraintSecurityHandler handler = JettySecurityLib.makeSecurityHandler(Auth.dftRealm, users, AuthScheme.BASIC);
            ThrottledLogin login = new ThrottledLogin(Auth.dftRealm, users);
            login.setIdentityService(handler.getIdentityService());
            handler.setLoginService(login);
            return handler;
        }

        private Set<String> hostsAllowed() {
            Set<String> names = new HashSet<>(allowedHosts);
            names.add(host.toLowerCase(Locale.ROOT)); // the name the server was told to bind, if it is one
            return Set.copyOf(names);
        }

        public AkhbarServer build() {
            if (passwordFile != null && !Files.isReadable(passwordFile))
                throw new IllegalArgumentException("cannot read the password file " + passwordFile);
            // Fuseki reads these from the dataset's context; a client cannot raise the timeout.
            dsg.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            // Backstop for GuardedQuery's check: ARQ itself refuses SERVICE at execution.
            dsg.getContext().set(ARQ.httpServiceAllowed, allowService);
            // Regular expressions stop when the timeout cancels their query (java.util.regex cannot be interrupted).
            dsg.getContext().set(ARQConstants.sysOptimizerFactory, CancellableRegexes.optimizer(
                    (RewriteFactory) dsg.getContext().get(ARQConstants.sysOptimizerFactory), timeoutMillis));

            DataService.Builder service = DataService.newBuilder(dsg)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.Query)
                    .addEndpoint(PAGE_QUERY, "page")
                    // Graph Store Protocol reads, as Fuseki serves them: GET ?default, ?graph=IRI,
                    // or the whole dataset as quads; /get is always read-only and anonymous
                    .addEndpoint(Operation.GSP_R, "get");
            // /data reads anonymously on a read-only server; with writers it is theirs alone
            if (passwordFile == null) service.addEndpoint(Operation.GSP_R, "data");
            if (passwordFile != null) {
                // Any user who authenticates against the password file may write; nobody else.
                service.addEndpoint(Operation.Update, "update", Auth.ANY_USER)
                        .addEndpoint(Operation.GSP_RW, "data", Auth.ANY_USER);
            }
            SparqlTextLimits queryLimits = new SparqlTextLimits(maxQueryDepth, maxQueryChars);
            SparqlTextLimits updateLimits = new SparqlTextLimits(maxQueryDepth, (int) Math.min(Integer.MAX_VALUE, maxRequestBytes));
            FusekiServer.Builder fuseki = FusekiServer.create()
                    .port(port)
                    // Fuseki's embedded default is 20 threads: 16 clients sending a body slowly took them all (issue 21)
                    .numServerThreads(Math.min(8, maxThreads), maxThreads)
                    .registerOperation(Operation.Query, new GuardedQuery(allowService, 0, queryLimits))
                    .registerOperation(PAGE_QUERY, new GuardedQuery(allowService, pageRows, queryLimits))
                    .registerOperation(Operation.Update, new GuardedUpdate(allowLoad, updateLimits))
                    .registerOperation(Operation.GSP_R, new UnionDefaultGraphRead())
                    .add(DATASET, service.build())
                    .enablePing(true)
                    .enableStats(true)
                    .addFilter("/*", new ResponsePolicy(hostsAllowed()))
                    .addFilter("/*", new OwnOriginCors(corsOrigins))
                    .addFilter(DATASET + "/update", new CrossSiteWriteGuard())
                    .addFilter(DATASET + "/data", new CrossSiteWriteGuard())
                    .addServlet("/*", new WebResources())
                    .addServlet("/ontology", new OntologyResource())
                    .addServlet("/ontology.ttl", new OntologyResource())
                    .verbose(false);
            if (stats != null) {
                CachedCounts counts = new CachedCounts(stats);
                fuseki.addServlet("/api/stats", new DatasetStats(counts));
                if (passwordFile != null)
                    fuseki.addFilter(DATASET + "/update", counts).addFilter(DATASET + "/data", counts);
            }
            if (passwordFile != null) fuseki.securityHandler(throttledBasicAuth(passwordFile)).auth(AuthScheme.BASIC);
            FusekiServer server = fuseki.build();

            Server jetty = server.getJettyServer();
            // The builder listens on every interface; bind the connector to the host asked for.
            for (Connector c : jetty.getConnectors()) {
                if (c instanceof ServerConnector sc) {
                    sc.setHost(host);
                    sc.setIdleTimeout(idleTimeoutMillis > 0 ? idleTimeoutMillis : Math.max(30_000, timeoutMillis + 10_000));
                }
                // A body sent slower than this is cut off with 408 instead of holding a thread (slow-POST attack).
                HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) http.getHttpConfiguration().setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
            }
            // Refuse oversized bodies (413) before Fuseki buffers or parses them.
            SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
            limit.setHandler(jetty.getHandler());
            jetty.setHandler(limit);
            return new AkhbarServer(server, host);
        }
    }

    public AkhbarServer start() {
        server.start();
        return this;
    }

    public int port() { return server.getHttpPort(); }

    public String host() { return host; }

    public String sparqlUrl() { return baseUrl() + DATASET + "/sparql"; }

    public String baseUrl() { return "http://" + hostForUrl() + ":" + port(); }

    private String hostForUrl() { return host.contains(":") ? "[" + host + "]" : host; }

    public void join() { server.join(); }

    @Override
    public void close() { server.stop(); }
}
