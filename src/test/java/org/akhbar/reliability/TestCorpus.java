package org.akhbar.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * A deterministic slice of real Arabic news for the reliability tests, written as JSON Lines.
 * It comes from the first records of {@code ../shared/corpus/*.jsonl.gz} when that folder is
 * there (it is never shipped with the project), else from the seed articles with variations.
 * Texts are cut to a few hundred characters at a sentence end, so a few thousand articles
 * load in seconds and a test can afford to do it many times.
 */
final class TestCorpus {
    /** The shared corpus; -Dakhbar.corpus=DIR points elsewhere (a missing folder tests the fallback). */
    static final Path CORPUS = Path.of(System.getProperty("akhbar.corpus", "../shared/corpus"));
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private TestCorpus() {}

    /** Where the slice came from, for the test log. */
    enum Origin { CORPUS, SEEDS }

    /** Writes {@code n} articles (ids r00000…) to {@code out}; the same n gives the same file. */
    static Origin writeSlice(Path out, int n, int maxChars) throws IOException {
        List<Map<String, String>> records = corpusRecords(n, maxChars);
        Origin origin = Origin.CORPUS;
        if (records.size() < n) {
            records = seedRecords(n, maxChars);
            origin = Origin.SEEDS;
        }
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < records.size(); i++) {
                Map<String, String> r = records.get(i);
                try (JsonGenerator g = JSON.createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("id", String.format("r%05d", i));
                    g.writeStringField("title", r.get("title"));
                    g.writeStringField("text", r.get("text"));
                    if (r.get("publish_date") != null) g.writeStringField("publish_date", r.get("publish_date"));
                    if (r.get("source") != null) g.writeStringField("source", r.get("source"));
                    g.writeEndObject();
                }
                w.write('\n');
            }
        }
        return origin;
    }

    /** The first records of the shared corpus that have a title and a body, in file-name order. */
    static List<Map<String, String>> corpusRecords(int n, int maxChars) throws IOException {
        List<Map<String, String>> out = new ArrayList<>();
        if (!Files.isDirectory(CORPUS)) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(CORPUS)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl.gz")).sorted().toList();
        }
        for (Path f : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(f), 1 << 16);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while (out.size() < n && (line = r.readLine()) != null) {
                    Map<String, String> rec = parse(line);
                    String title = rec.get("title"), text = rec.get("text");
                    if (title == null || title.isBlank() || text == null || text.strip().length() < 200) continue;
                    rec.put("title", title.strip());
                    rec.put("text", cut(text.strip(), maxChars));
                    out.add(rec);
                }
            } catch (IOException e) {
                // a damaged corpus file: fall back to what was read (or to the seeds)
            }
            if (out.size() >= n) break;
        }
        return out;
    }

    private static Map<String, String> parse(String line) throws IOException {
        Map<String, String> m = new java.util.HashMap<>();
        try (JsonParser p = JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return m;
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) p.skipChildren();
                else if (v != JsonToken.VALUE_NULL) m.put(name, p.getText());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            m.clear();
        }
        return m;
    }

    /** At most {@code max} chars, ending at a sentence stop or line break when there is one. */
    static String cut(String text, int max) {
        if (text.length() <= max) return text;
        String head = text.substring(0, max);
        if (Character.isHighSurrogate(head.charAt(head.length() - 1))) head = head.substring(0, head.length() - 1);
        int stop = Math.max(Math.max(head.lastIndexOf('.'), head.lastIndexOf('\n')), head.lastIndexOf('؟'));
        return stop > max / 3 ? head.substring(0, stop + 1).strip() : head.strip();
    }

    /**
     * Articles made from the seed paragraphs when the corpus is absent: each one a headline and
     * one or two paragraphs drawn with a fixed seed, with its own date.
     */
    static List<Map<String, String>> seedRecords(int n, int maxChars) throws IOException {
        List<String> paragraphs = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(f).split("\n")) if (line.strip().length() > 20) paragraphs.add(line.strip());
            }
        }
        if (paragraphs.isEmpty()) paragraphs.add("أكد الرئيس الأميركي جو بايدن، اليوم الاثنين، أن دور القوات الأميركية في العراق سيقتصر على التدريب.");
        String[] numbers = {"2019", "2020", "2021", "٢٠٢١", "15", "٣"};
        Random rnd = new Random(20210727L);
        List<Map<String, String>> out = new ArrayList<>();
        LocalDate day = LocalDate.of(2021, 6, 1);
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            int k = 1 + rnd.nextInt(2);
            for (int j = 0; j < k; j++) {
                String p = paragraphs.get(rnd.nextInt(paragraphs.size()));
                if (rnd.nextInt(3) == 0) p = p.replace("2021", numbers[rnd.nextInt(numbers.length)]);
                if (body.length() > 0) body.append('\n');
                body.append(p);
            }
            String title = cut(paragraphs.get(rnd.nextInt(paragraphs.size())), 90) + " (" + (i + 1) + ")";
            Map<String, String> rec = new java.util.HashMap<>();
            rec.put("title", title);
            rec.put("text", cut(body.toString(), maxChars));
            rec.put("publish_date", day.plusDays(i % 90).toString());
            rec.put("source", "seeds");
            out.add(rec);
        }
        return out;
    }
}
