package org.akhbar.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Where a running server's dataset lives, from whatever URL a user gives {@code --endpoint}: the
 * server ({@code http://127.0.0.1:3030}), the dataset ({@code …/akhbar}) or one of its services
 * ({@code …/akhbar/sparql}, the URL {@code akhbar serve} prints). Every read command takes the
 * same URL, and each finds its own service from it.
 */
record ServerUrl(String root, String dataset, String given) {
    /** Fuseki service names under a dataset; a URL ending in one names the dataset above it. */
    private static final Set<String> SERVICES = Set.of("sparql", "query", "page", "get", "data", "update");
    private static final Set<String> QUERY_SERVICES = Set.of("sparql", "query", "page");

    static ServerUrl parse(String url) {
        URI u;
        try {
            u = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url + " (" + e.getReason() + ")");
        }
        if (u.getScheme() == null || !(u.getScheme().equals("http") || u.getScheme().equals("https")) || u.getHost() == null)
            throw new IllegalArgumentException("not an http(s) URL: " + url + " (e.g. http://127.0.0.1:3030/akhbar/sparql)");
        String root = u.getScheme() + "://" + u.getRawAuthority();
        String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
        if (path.isEmpty()) path = "/akhbar";
        String last = path.substring(path.lastIndexOf('/') + 1);
        String dataset = SERVICES.contains(last) ? path.substring(0, path.lastIndexOf('/')) : path;
        return new ServerUrl(root, root + dataset, url.trim());
    }

    /** The SPARQL query service: the URL as given when it names one, else the dataset's {@code /sparql}. */
    String sparql() {
        String path = URI.create(given).getRawPath();
        String last = path == null ? "" : path.replaceAll("/+$", "");
        last = last.substring(last.lastIndexOf('/') + 1);
        return QUERY_SERVICES.contains(last) ? given : dataset + "/sparql";
    }

    /** The read-only Graph Store Protocol service. */
    String graphStore() { return dataset + "/get"; }

    /** Akhbar's counts of what the store holds. */
    String stats() { return root + "/api/stats"; }
}
