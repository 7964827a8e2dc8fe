package org.akhbar.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/** What the whole job did, summed over its partitions; written as {@code summary.json}. */
public record JobSummary(int partitions, long articles, long quads, long failures, double seconds) {
    static JobSummary of(List<PartitionSummary> parts, double seconds) {
        long a = 0, q = 0, f = 0;
        for (PartitionSummary p : parts) {
            a += p.articles();
            q += p.quads();
            f += p.failures();
        }
        return new JobSummary(parts.size(), a, q, f, seconds);
    }

    public double articlesPerSecond() { return seconds > 0 ? articles / seconds : 0; }

    String toJson() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("partitions", partitions);
            g.writeNumberField("articles", articles);
            g.writeNumberField("quads", quads);
            g.writeNumberField("failures", failures);
            g.writeNumberField("seconds", Math.round(seconds * 1000) / 1000.0);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    @Override
    public String toString() {
        return String.format("%d articles, %d quads, %d failed, in %d partitions, %.1f s (%.0f articles/s)",
                articles, quads, failures, partitions, seconds, articlesPerSecond());
    }
}
