package org.akhbar.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A synthetic archive for {@code bench --scale N}: the JSON Lines inputs written N times over,
 * every copy's records with fresh ids ({@code <id>-c<copy>}, or {@code f<file>l<line>-c<copy>}
 * for a record without one), so the store holds N times as many articles, all with the real
 * texts. Lines that are not JSON objects are copied as they are, to be skipped as the
 * originals are. One uncompressed file per copy, so reading the archive costs no inflation.
 */
final class ScaledArchive {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private ScaledArchive() {}

    /** Writes copies {@code first} to {@code first + count - 1} of {@code inputs} into {@code dir}; returns the files. */
    static List<String> write(List<String> inputs, int first, int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> files = new ArrayList<>();
        for (int copy = first; copy < first + count; copy++) {
            Path out = dir.resolve(String.format("archive-c%03d.jsonl", copy));
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
                for (int f = 0; f < inputs.size(); f++) copy(Path.of(inputs.get(f)), f, copy, w);
            }
            files.add(out.toString());
        }
        return files;
    }

    private static void copy(Path input, int fileNo, int copy, Writer w) throws IOException {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".jsonl") && !name.endsWith(".jsonl.gz") && !name.endsWith(".ndjson") && !name.endsWith(".ndjson.gz")) {
            throw new IllegalArgumentException("--scale replicates JSON Lines inputs (.jsonl, .jsonl.gz); " + input + " is not one");
        }
        try (InputStream raw = Files.newInputStream(input);
             InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            int lineNo = 0;
            for (String line; (line = r.readLine()) != null; ) {
                lineNo++;
                w.write(withId(line, "f" + fileNo + "l" + lineNo, "-c" + copy));
                w.write('\n');
            }
        }
    }

    /** The record with its id replaced by {@code id + suffix} ({@code fallback + suffix} when it has none). */
    static String withId(String line, String fallback, String suffix) {
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return line;
            String id = null;
            List<String[]> fields = new ArrayList<>();          // name, value as JSON text
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals("id") && v.isScalarValue() && v != JsonToken.VALUE_NULL) {
                    id = p.getText();
                    continue;
                }
                StringWriter value = new StringWriter();
                try (JsonGenerator g = JSON.createGenerator(value)) {
                    g.copyCurrentStructure(p);
                }
                fields.add(new String[] {field, value.toString()});
            }
            StringWriter out = new StringWriter(line.length() + 32);
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.writeStartObject();
                g.writeStringField("id", (id == null || id.isBlank() ? fallback : id.strip()) + suffix);
                for (String[] f : fields) {
                    g.writeFieldName(f[0]);
                    g.writeRawValue(f[1]);
                }
                g.writeEndObject();
            }
            return out.toString();
        } catch (IOException e) {
            return line;                                          // not JSON: skipped later, as the original is
        }
    }
}
