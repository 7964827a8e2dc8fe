package org.akhbar.reliability;

import org.akhbar.cli.CliRun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.akhbar.graph.Vocab;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.ShapeValidator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input (#8): a folder of hostile files, built here, goes through the real {@code akhbar
 * load}. Every bad file (and JSON Lines line) is reported by name, the good ones beside them
 * load, the exit code is 1, and the store holds exactly the good articles, each with the graph
 * a clean extraction gives.
 */
class HostileInputTest {
    static final String ARABIC = "أكد الرئيس العراقي برهم صالح، اليوم الاثنين، أن الحكومة العراقية ملتزمة بالاتفاق. "
            + "وقال الوزير إن «المحادثات مع واشنطن مستمرة».";
    static final int TWENTY_MB = 20 * 1024 * 1024;

    @TempDir Path dir;
    Path in;
    /** Article ids that must be in the store afterwards. */
    final Set<String> valid = new TreeSet<>();
    /** Expected reports: origin (file, or file:line) → a phrase of the message. */
    final Map<String, String> reports = new LinkedHashMap<>();

    @BeforeEach
    void folder() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
    }

    private Path file(String name, byte[] bytes) throws IOException { return Files.write(in.resolve(name), bytes); }

    private Path file(String name, String text) throws IOException { return file(name, text.getBytes(StandardCharsets.UTF_8)); }

    private String origin(String name) { return in.resolve(name).toString(); }

    private void good(String... ids) { valid.addAll(List.of(ids)); }

    private void bad(String origin, String phrase) { reports.put(origin, phrase); }

    private static String record(String id, String title, String text) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"text\":\"" + text + "\",\"publish_date\":\"2021-07-26\"}";
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream z = new GZIPOutputStream(out)) { z.write(b); }
        return out.toByteArray();
    }

    /** Builds the hostile folder; every file says what the loader must make of it. */
    private void buildCorpus() throws IOException {
        Random rnd = new Random(8);

        file("good.txt", "عنوان الخبر\n\n" + ARABIC);
        good("good");

        // nothing to read
        file("empty.txt", new byte[0]);
        bad(origin("empty.txt"), "empty");
        file("whitespace.txt", " \n\t\r\n   \u00A0\n".getBytes(StandardCharsets.UTF_8));
        bad(origin("whitespace.txt"), "empty");
        file("empty.json", new byte[0]);
        bad(origin("empty.json"), "empty JSON");
        file("empty-array.json", "[ ]");
        bad(origin("empty-array.json"), "no articles");
        file("empty.jsonl", "\n\n  \n");
        bad(origin("empty.jsonl"), "no articles");

        // binary data
        byte[] junk = new byte[4096];
        rnd.nextBytes(junk);
        junk[100] = 0;
        file("binary.txt", junk);
        bad(origin("binary.txt"), "binary");
        byte[] high = new byte[2048];
        for (int i = 0; i < high.length; i++) high[i] = (byte) (0x80 + rnd.nextInt(0x80));
        file("high-bytes.txt", high);
        bad(origin("high-bytes.txt"), "not UTF-8");
        file("image.json", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        bad(origin("image.json"), "JSON");
        file("binary.jsonl", new byte[] {1, 2, 0, 3, '\n', (byte) 0xFF, (byte) 0xFE, 0, '\n', 7, 7, 7, 7, 7, 7, 7, 7, '\n'});
        bad(origin("binary.jsonl") + ":1", "binary");
        bad(origin("binary.jsonl") + ":2", "not valid UTF-16");   // a line that opens with FF FE reads as UTF-16
        bad(origin("binary.jsonl") + ":3", "binary");

        // legacy and other encodings
        Charset cp1256 = Charset.forName("windows-1256");
        file("cp1256.txt", ("عنوان\n" + ARABIC).getBytes(cp1256));
        bad(origin("cp1256.txt"), "Windows-1256");
        file("cp1256.jsonl", (record("w1", "عنوان", ARABIC) + "\n").getBytes(cp1256));
        bad(origin("cp1256.jsonl") + ":1", "Windows-1256");
        file("utf16le-bom.txt", ("\uFEFFعنوان\n" + ARABIC).getBytes(StandardCharsets.UTF_16LE));
        file("utf16be-bom.txt", ("\uFEFFعنوان\n" + ARABIC).getBytes(StandardCharsets.UTF_16BE));
        good("utf16le-bom", "utf16be-bom");
        file("utf16.jsonl", (record("u16a", "عنوان", ARABIC) + "\n" + record("u16b", "عنوان ثان", ARABIC) + "\r\n")
                .getBytes(StandardCharsets.UTF_16));
        file("utf16.json", ("[" + record("u16c", "عنوان", ARABIC) + ",\n" + record("u16d", "عنوان", ARABIC) + "]")
                .getBytes(StandardCharsets.UTF_16LE));
        good("u16a", "u16b", "u16c", "u16d");
        file("utf8-bom-crlf.jsonl", "\uFEFF" + record("bom1", "عنوان", ARABIC) + "\r\n" + record("crlf2", "عنوان", ARABIC) + "\r\n");
        good("bom1", "crlf2");

        // broken JSON and JSON Lines
        file("invalid.json", "{\"title\": \"عنوان\", \"text\": \"نص\"");
        bad(origin("invalid.json"), "invalid JSON");
        file("truncated-array.json", "[" + record("ta1", "عنوان", ARABIC) + ",\n{\"id\":\"ta2\",\"text\":\"أكد الرئ");
        good("ta1");
        bad(origin("truncated-array.json"), "invalid JSON");
        file("scalar.json", "\"just a string\"");
        bad(origin("scalar.json"), "expected an object or an array");
        String lines = String.join("\n",
                record("m1", "عنوان", ARABIC),                               // 1 ok
                "{\"id\":\"m2\",\"title\":\"x\" \"text\":\"نص\"}",            // 2 missing comma
                record("m3", "عنوان", ARABIC),                               // 3 ok
                "[1, 2, 3]",                                                 // 4 not an object
                "{}",                                                        // 5 no text field
                "{\"id\":\"m6\",\"text\":\"   \\n\\t \"}",                   // 6 blank text
                "",                                                          // 7 blank line: nothing
                "{\"id\":\"m8\",\"text\":{\"nested\":\"object\"}}",          // 8 text is not a string
                "{\"id\":\"m9\",\"text\":\"نص\"} trailing",                  // 9 text after the object
                "{\"id\":\"m10\",\"title\":\"عنوان\",\"text\":\"" + ARABIC + "\\ud800 وتابع\"}",  // 10 lone surrogate: loads, as U+FFFD
                "{\"id\":\"m11\",\"title\":\"عنوان\",\"text\":\"أكد الرئ");  // 11 truncated last line
        file("mixed.jsonl", lines);
        good("m1", "m3", "m10");
        bad(origin("mixed.jsonl") + ":2", "invalid JSON");
        bad(origin("mixed.jsonl") + ":4", "not a JSON object");
        bad(origin("mixed.jsonl") + ":5", "no text field");
        bad(origin("mixed.jsonl") + ":6", "empty");
        bad(origin("mixed.jsonl") + ":8", "no text field");
        bad(origin("mixed.jsonl") + ":9", "invalid JSON");
        bad(origin("mixed.jsonl") + ":11", "invalid JSON");
        StringBuilder deep = new StringBuilder("{\"id\":\"deep\",\"text\":\"نص\",\"x\":");
        deep.append("[".repeat(100_000)).append("]".repeat(100_000)).append('}');
        file("deep-nesting.json", deep.toString());
        bad(origin("deep-nesting.json"), "nesting depth");
        file("deep-nesting.jsonl", deep.toString().replace("\"deep\"", "\"deep2\"") + "\n" + record("after-deep", "عنوان", ARABIC) + "\n");
        bad(origin("deep-nesting.jsonl") + ":1", "nesting depth");
        good("after-deep");

        // gzip
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 400; i++) many.append(record(String.format("gz%03d", i), "عنوان " + i, ARABIC)).append('\n');
        byte[] whole = gzip(many.toString().getBytes(StandardCharsets.UTF_8));
        file("truncated.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
        bad(origin("truncated.jsonl.gz"), "gzip");      // the records before the cut load: checked below
        file("not-gzip.txt.gz", "عنوان\n" + ARABIC);
        bad(origin("not-gzip.txt.gz"), "gzip");
        file("ok.jsonl.gz", gzip((record("gzok", "عنوان", ARABIC) + "\n").getBytes(StandardCharsets.UTF_8)));
        good("gzok");

        // size: 20 MB on one line, over the default 1,000,000-char limit
        byte[] big = new byte[TWENTY_MB];
        byte[] sentence = (ARABIC + " ").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < big.length; i++) big[i] = sentence[i % sentence.length];
        int cut = big.length;
        while ((big[cut - 1] & 0xC0) == 0x80 || (big[cut - 1] & 0x80) != 0) cut--; // end on a whole char
        byte[] prefix = "{\"id\":\"huge\",\"title\":\"عنوان\",\"text\":\"".getBytes(StandardCharsets.UTF_8);
        byte[] line = new byte[prefix.length + cut + 3];
        System.arraycopy(prefix, 0, line, 0, prefix.length);
        System.arraycopy(big, 0, line, prefix.length, cut);
        line[line.length - 3] = '"';
        line[line.length - 2] = '}';
        line[line.length - 1] = '\n';
        file("huge.jsonl", concat(line, (record("after-huge", "عنوان", ARABIC) + "\n").getBytes(StandardCharsets.UTF_8)));
        bad(origin("huge.jsonl") + ":1", "too large");
        good("after-huge");
        file("huge.txt", Arrays.copyOf(big, cut));
        bad(origin("huge.txt"), "too large");

        // odd but valid text: it loads
        file("latin-only.txt", "Biden says the mission ends\n\nPresident Joe Biden said on Monday that the US combat mission in Iraq would end.");
        file("controls.txt", "عنوان\n" + ARABIC.replace("، ", "\u0007، ").replace("«", "\u001B«") + "\u000B\u007F انتهى.");
        file("bidi.txt", "\u200Fعنوان\u200E\n\u202B" + ARABIC.replace(" ", " \u200F").replace("«", "\u061C«\u2067") + "\u2069\u202C 2021\u200E.");
        file("quotes-deep.txt", "عنوان\n" + "«".repeat(3000) + "قال الرئيس" + "»".repeat(3000) + " ومن ثم " + "«".repeat(2000)
                + " وأضاف \"" + "“".repeat(500) + ARABIC + "\"\"\" «".repeat(200));
        file("quotes-unbalanced.jsonl", record("qu1", "عنوان «", "قال الوزير «" + ARABIC) + "\n"
                + record("qu2", "عنوان", ARABIC.replace("»", "") + " \\\"") + "\n"
                + record("qu3", "»»", "»» قال «« \\\" “ ” „ ‟ ‹ › " + ARABIC) + "\n");
        file("presentation-forms.txt", "عنوان\nﺃﻛﺪ ﺍﻟﺮﺋﻴﺲ ﺃﻥ ﷲ ﷺ ﻻ " + ARABIC + " \uD83D\uDE00\uD83C\uDDEE\uD83C\uDDF6");
        good("latin-only", "controls", "bidi", "quotes-deep", "qu1", "qu2", "qu3", "presentation-forms");
        // a text that is mostly control characters is binary junk, even when it decodes
        file("mostly-controls.txt", "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008".repeat(50) + "نص");
        bad(origin("mostly-controls.txt"), "binary");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void badFilesAreReportedByNameAndLineAndEveryGoodArticleBesideThemLoads() throws Exception {
        buildCorpus();
        long t0 = System.nanoTime();
        Path db = dir.resolve("db");
        CliRun run = StoreContents.cli("load", "--db", db.toString(), in.toString(), "--batch", "7");
        System.out.printf("[hostile] %d files, loaded in %.1f s%n", Files.list(in).count(), (System.nanoTime() - t0) / 1e9);
        String err = run.err();
        assertEquals(1, run.exit(), "some inputs failed: " + run.out() + "\n" + err);
        assertFalse(err.contains("akhbar:"), "no input stops the load: " + err);

        // every report names its file (and line), once
        List<String> skipped = err.lines().filter(l -> l.startsWith("skipped ")).toList();
        for (Map.Entry<String, String> r : reports.entrySet()) {
            String prefix = "skipped " + r.getKey() + ": ";
            List<String> hits = skipped.stream().filter(l -> l.startsWith(prefix)).toList();
            assertEquals(1, hits.size(), "one report for " + r.getKey() + " in:\n" + err);
            assertTrue(hits.get(0).contains(r.getValue()), "report for " + r.getKey() + " says '" + r.getValue() + "': " + hits.get(0));
        }
        assertEquals(reports.size(), skipped.size(), "no other reports:\n" + err);

        // the truncated gzip: the records before the cut load, in order, and only they
        List<InputProblem> problems = new ArrayList<>();
        Map<Node, Set<Triple>> expected = StoreContents.cleanExtract(ArticleReader.builder().build(), List.of(in.toString()), problems);
        Set<String> expectedIds = new TreeSet<>();
        for (Node g : expected.keySet()) expectedIds.add(Vocab.articleIdOf(g.getURI()));
        Set<String> gz = new TreeSet<>();
        for (String id : expectedIds) if (id.startsWith("gz") && !id.equals("gzok")) gz.add(id);
        assertTrue(gz.size() > 10 && gz.size() < 400, "some records before the gzip cut: " + gz.size());
        for (int i = 0; i < gz.size(); i++) assertTrue(gz.contains(String.format("gz%03d", i)), "a prefix: " + gz);
        valid.addAll(gz);
        assertEquals(valid, expectedIds, "the reader delivers exactly the good articles");
        Matcher m = Pattern.compile("loaded (\\d+) articles: (\\d+) new, .*, (\\d+) failed").matcher(run.out());
        assertTrue(m.find(), run.out());
        assertEquals(valid.size(), Integer.parseInt(m.group(2)), run.out());
        assertEquals(reports.size(), Integer.parseInt(m.group(3)), run.out());

        try (AkhbarStore s = AkhbarStore.open(db)) {
            StoreContents stored = StoreContents.read(s);
            assertEquals(valid, stored.articleIds(), "the store holds exactly the good articles");
            for (Map.Entry<Node, Set<Triple>> e : expected.entrySet()) {
                assertEquals(e.getValue(), stored.graphs.get(e.getKey()), "stored as extracted: " + e.getKey());
            }
            assertEquals(Set.of(), stored.violations(new ShapeValidator()), "the store validates");
            String m10 = textOf(stored, "m10");
            assertTrue(m10.contains("\uFFFD وتابع"), "a lone surrogate is stored as U+FFFD: " + m10);
        }
        assertTrue(textOf(expected, "utf16le-bom").startsWith("عنوان\n"), "UTF-16 text without its BOM");
    }

    @Test
    void windows1256LoadsWithTheEncodingOption() throws Exception {
        Path f = file("legacy.txt", ("عنوان قديم\n" + ARABIC).getBytes(Charset.forName("windows-1256")));
        Path db = dir.resolve("db");
        CliRun refused = StoreContents.cli("load", "--db", db.toString(), f.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("skipped " + f + ": ") && refused.err().contains("--encoding windows-1256"), refused.err());
        CliRun loaded = StoreContents.cli("load", "--db", db.toString(), "--encoding", "windows-1256", f.toString());
        assertEquals(0, loaded.exit(), loaded.err());
        try (AkhbarStore s = AkhbarStore.open(db)) {
            assertEquals("عنوان قديم\n" + ARABIC, textOf(StoreContents.read(s), "legacy"));
        }
    }

    private static String textOf(StoreContents c, String id) { return textOf(c.graphs, id); }

    private static String textOf(Map<Node, Set<Triple>> graphs, String id) {
        for (Triple t : graphs.get(Vocab.graph(id))) {
            if (t.getPredicate().equals(Vocab.TEXT)) return t.getObject().getLiteralLexicalForm();
        }
        throw new AssertionError("no ak:text for " + id);
    }
}
