package org.akhbar.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decompression bombs and floods (issue 19 item 3, issue 21): a file that is clearly not
 * articles is given up early with a message that says how far reading got, and a file of
 * many bad records prints a few of them and one line for the rest. Their memory and time are
 * measured with /usr/bin/time (see README, Inputs), not here.
 */
class ArticleReaderLimitsTest {
    @TempDir Path dir;

    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    final ArticleHandler handler = new ArticleHandler() {
        public void article(Article a) { articles.add(a); }
        public void problem(InputProblem p) { problems.add(p); }
    };

    interface Content {
        void write(OutputStream out) throws IOException;
    }

    Path gzip(String name, Content content) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
            content.write(out);
        }
        return p;
    }

    void read(ArticleReader reader, Path p) { reader.read(List.of(p.toString()), handler); }

    long skippedRecords() { return problems.stream().mapToLong(InputProblem::records).sum(); }

    @Test
    void aGzipOfNothingButLineEndsIsGivenUpAfterAHundredThousandEmptyLines() throws IOException {
        byte[] newlines = new byte[1 << 20];
        java.util.Arrays.fill(newlines, (byte) '\n');
        Path bomb = gzip("bomb.jsonl.gz", out -> {
            for (int i = 0; i < 20; i++) out.write(newlines);                     // 20 M empty lines
            out.write("{\"text\":\"لا يُقرأ\"}\n".getBytes(StandardCharsets.UTF_8));
        });
        read(ArticleReader.builder().build(), bomb);
        assertEquals(0, articles.size(), "the record after the empty lines is never reached");
        assertEquals(1, problems.size());
        String m = problems.get(0).message();
        assertTrue(m.startsWith("stopped reading at line 100,000 ("), m);
        assertTrue(m.contains("MB read): 100,000 empty lines in a row; this is not a file of articles"), m);
    }

    @Test
    void aFileWhoseFirstThousandRecordsAreNoArticlesIsGivenUpAndItsProblemsSummedUp() throws IOException {
        Path flood = gzip("empty.jsonl.gz", out -> {
            byte[] rec = "{}\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000_000; i++) out.write(rec);
        });
        read(ArticleReader.builder().build(), flood);
        assertEquals(0, articles.size());
        assertEquals(ProblemDigest.SHOWN + 2, problems.size(), "ten records shown, one summary, one verdict: " + problems);
        assertEquals(flood + ":1", problems.get(0).origin());
        InputProblem summary = problems.get(ProblemDigest.SHOWN);
        assertEquals(990, summary.records());
        assertTrue(summary.message().startsWith("990 more records skipped after the first 10 (" + flood + ":11 to " + flood + ":1000): 990 × no text field"),
                summary.message());
        assertTrue(problems.get(ProblemDigest.SHOWN + 1).message().contains("none of the first 1,000 records is an article"));
        assertEquals(1001, skippedRecords(), "every skipped record is counted, and the file once for being given up");
    }

    @Test
    void aFileWithArticlesAmongManyBadRecordsIsReadToTheEndWithTheBadOnesSummedUp() throws IOException {
        StringBuilder sb = new StringBuilder("{\"id\":\"good1\",\"text\":\"نص أول\"}\n");
        for (int i = 0; i < 5000; i++) sb.append(i % 2 == 0 ? "{}\n" : "{broken\n");
        sb.append("{\"id\":\"good2\",\"text\":\"نص أخير\"}\n");
        Path p = Files.writeString(dir.resolve("mixed.jsonl"), sb);
        read(ArticleReader.builder().build(), p);
        assertEquals(List.of("good1", "good2"), articles.stream().map(Article::id).toList());
        assertEquals(ProblemDigest.SHOWN + 1, problems.size());
        String summary = problems.get(ProblemDigest.SHOWN).message();
        assertTrue(summary.startsWith("4,990 more records skipped after the first 10"), summary);
        assertTrue(summary.contains("2,495 × no text field") && summary.contains("2,495 × invalid JSON"), summary);
        assertEquals(5000, skippedRecords());
    }

    @Test
    void aLineThatRunsOnFarPastTheSizeLimitStopsTheFile() throws IOException {
        byte[] letters = new byte[1 << 20];
        java.util.Arrays.fill(letters, (byte) 'a');
        Path p = gzip("long.jsonl.gz", out -> {
            out.write("{\"text\":\"".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 70; i++) out.write(letters);
            out.write("\"}\n{\"text\":\"بعده\"}\n".getBytes(StandardCharsets.UTF_8));
        });
        read(ArticleReader.builder().maxChars(1000).build(), p);
        assertEquals(0, articles.size());
        assertEquals(1, problems.size());
        assertEquals(p + ":1", problems.get(0).origin());
        assertTrue(problems.get(0).message().startsWith("stopped reading: a record runs on for over 64 MB past the size limit"),
                problems.get(0).message());
    }

    @Test
    void aJsonArrayOfEmptyRecordsIsGivenUpAfterAThousand() throws IOException {
        Path p = gzip("arr.json.gz", out -> {
            out.write('[');
            byte[] rec = "{},".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 500_000; i++) out.write(rec);
            out.write("{}]".getBytes(StandardCharsets.UTF_8));
        });
        read(ArticleReader.builder().build(), p);
        assertEquals(ProblemDigest.SHOWN + 2, problems.size());
        assertTrue(problems.get(ProblemDigest.SHOWN + 1).message().startsWith("stopped reading at line 1 ("), problems.toString());
    }

    @Test
    void summaryReasonsAreTheMessagesWithoutTheirDetails() {
        assertEquals("invalid JSON", ProblemDigest.reasonOf("invalid JSON: Unexpected character ('b')"));
        assertEquals("too large", ProblemDigest.reasonOf("too large: over 1000 characters (raise --max-chars to load it)"));
        assertEquals("no text field", ProblemDigest.reasonOf("no text field (expected \"text\" or \"content\")"));
        assertFalse(ProblemDigest.reasonOf("x".repeat(200)).length() > 60);
    }
}
