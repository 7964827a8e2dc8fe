package org.akhbar.serve;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;


/** HTTP helpers for talking to a server over a store of the seeds ({@link org.akhbar.store.SeedStore}). */
final class SeedServer {
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private SeedServer() {}

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static HttpResponse<String> query(AkhbarServer server, String endpoint, String query, String accept) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            // the shared client may hold a kept-alive connection to an earlier test's server that
            // had the same ephemeral port; a query is safe to send again on a new connection
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static HttpResponse<String> get(AkhbarServer server, String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> update(AkhbarServer server, String update, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/akhbar/update"))
                .header("Content-Type", "application/sparql-update");
        if (user != null) b.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return HTTP.send(b.POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
