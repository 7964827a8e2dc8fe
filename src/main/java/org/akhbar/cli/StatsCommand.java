package org.akhbar.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts what the store holds, from a store folder or a running server (--endpoint).")
final class StatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true)
    ReadTarget target = new ReadTarget();

    @Override
    public Integer call() throws IOException, InterruptedException {
        Map<String, Long> counts;
        if (target.remote()) {
            counts = fetch(target.server(spec));
        } else {
            try (AkhbarStore s = target.openExisting(spec)) {
                counts = s.stats().counts();
            }
        }
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            spec.commandLine().getOut().printf("%-18s %,d%n", e.getKey(), e.getValue());
        }
        return 0;
    }

    /** The server's own counts, {@code /api/stats}: the same numbers, computed beside the store. */
    static Map<String, Long> fetch(ServerUrl server) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.stats()))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new IllegalStateException(server.stats() + " answered " + r.statusCode() + ": is that an `akhbar serve`?");
        Map<String, Long> counts = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(r.body())) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IllegalStateException(server.stats() + " did not answer a JSON object");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                counts.put(name, p.getValueAsLong());
            }
        }
        return counts;
    }
}
