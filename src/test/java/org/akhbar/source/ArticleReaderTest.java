package org.akhbar.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir Path dir;

    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();
    final ArticleHandler handler = new ArticleHandler() {
        public void article(Article a) { articles.add(a); }
        public void problem(InputProblem p) { problems.add(p); }
    };

    void read(ArticleReader reader, Path... paths) {
        reader.read(Arrays.stream(paths).map(Path::toString).toList(), handler);
    }

    void read(Path... paths) { read(ArticleReader.builder().build(), paths); }

    Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void plainTextKeepsTheTextAsItIsAndTakesTheFirstLineAsHeadline() throws IOException {
        read(write("a1.txt", "\uFEFF\r\nبايدن يعلن\r\n\r\nأكد الرئيس أن …\r\n"));
        Article a = articles.get(0);
        assertEquals("a1", a.id());
        assertEquals("بايدن يعلن", a.headline());
        assertEquals("\nبايدن يعلن\n\nأكد الرئيس أن …\n", a.text());
        assertNull(a.published());
    }

    @Test
    void publishedAndSourceOptionsApplyToPlainText() throws IOException {
        read(ArticleReader.builder().published(LocalDate.of(2021, 7, 27)).source("سبوتنيك").build(), write("a.txt", "نص"));
        assertEquals(LocalDate.of(2021, 7, 27), articles.get(0).published());
        assertEquals("سبوتنيك", articles.get(0).publisher());
    }

    @Test
    void jsonRecordTextIsHeadlineBlankLineBody() throws IOException {
        read(write("r.json", "{\"id\":\"x1\",\"title\":\"العنوان\",\"text\":\"المتن\",\"publish_date\":\"2021-07-27\",\"url\":\"http://e.com/1\",\"source\":\"s\"}"));
        Article a = articles.get(0);
        assertEquals("العنوان\n\nالمتن", a.text());
        assertEquals("x1", a.id());
        assertEquals(LocalDate.of(2021, 7, 27), a.published());
        assertEquals("http://e.com/1", a.url());
    }

    @Test
    void jsonArraysAndContentFieldsAndDateAliasesAreRead() throws IOException {
        read(write("arr.json", "[{\"title\":\"أ\",\"content\":\"متن\",\"date\":\"2020-01-05T10:00:00Z\"},{\"text\":\"ثان\",\"published\":\"2019-02-03\"}]"));
        assertEquals(2, articles.size());
        assertEquals(LocalDate.of(2020, 1, 5), articles.get(0).published());
        assertEquals(LocalDate.of(2019, 2, 3), articles.get(1).published());
    }

    @Test
    void jsonLinesBadLinesAreReportedWithTheirLineAndTheRestLoads() throws IOException {
        Path p = write("c.jsonl", "{\"id\":\"1\",\"text\":\"أول\"}\n{broken\n{\"id\":\"3\"}\n{\"id\":\"4\",\"text\":\"   \"}\n{\"id\":\"5\",\"text\":\"خامس\"}\n");
        read(p);
        assertEquals(List.of("1", "5"), articles.stream().map(Article::id).toList());
        assertEquals(3, problems.size());
        assertEquals(p + ":2", problems.get(0).origin());
        assertTrue(problems.get(0).message().startsWith("invalid JSON"));
        assertTrue(problems.get(1).message().contains("no text field"));
        assertTrue(problems.get(2).message().contains("empty"));
    }

    @Test
    void gzippedJsonLinesStreamAndATruncatedGzipKeepsWhatCameBefore() throws IOException {
        Path gz = dir.resolve("c.jsonl.gz");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.append("{\"id\":\"a").append(i).append("\",\"text\":\"نص رقم ").append(i).append(" طويل بعض الشيء لملء الملف\"}\n");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
        read(gz);
        assertEquals(2000, articles.size());
        byte[] all = Files.readAllBytes(gz);
        Path cut = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(all, all.length / 2));
        articles.clear();
        read(cut);
        assertTrue(articles.size() > 0 && articles.size() < 2000, "some records before the cut: " + articles.size());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("gzip"), problems.get(0).message());
    }

    @Test
    void emptyBinaryAndWindows1256FilesAreReportedByNameAndSkipped() throws IOException {
        Path empty = write("empty.txt", "  \n\n ");
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {1, 2, 0, 5, 7, 0, 0, 9});
        Path cp1256 = Files.write(dir.resolve("cp.txt"), "أكد الرئيس العراقي أن الحكومة ملتزمة".getBytes(Charset.forName("windows-1256")));
        Path good = write("good.txt", "نص سليم");
        read(empty, binary, cp1256, good);
        assertEquals(1, articles.size());
        assertEquals(3, problems.size());
        assertTrue(problems.get(0).message().contains("empty"));
        assertTrue(problems.get(1).message().contains("binary"));
        assertTrue(problems.get(2).message().contains("Windows-1256"), problems.get(2).message());
    }

    @Test
    void windows1256LoadsWithAnExplicitEncoding() throws IOException {
        Path cp1256 = Files.write(dir.resolve("cp.txt"), "أكد الرئيس".getBytes(Charset.forName("windows-1256")));
        read(ArticleReader.builder().encoding(Charset.forName("windows-1256")).build(), cp1256);
        assertEquals("أكد الرئيس", articles.get(0).text());
    }

    @Test
    void utf16WithBomIsRead() throws IOException {
        Path p = Files.write(dir.resolve("u16.txt"), "أكد الرئيس".getBytes(StandardCharsets.UTF_16));
        read(p);
        assertEquals("أكد الرئيس", articles.get(0).text());
    }

    @Test
    void articlesOverTheSizeLimitAreSkipped() throws IOException {
        Path big = write("big.txt", "ا".repeat(5000));
        read(ArticleReader.builder().maxChars(1000).build(), big);
        assertEquals(0, articles.size());
        assertTrue(problems.get(0).message().startsWith("too large"));
    }

    @Test
    void foldersAreReadRecursivelyInNameOrderAndMissingPathsAreReported() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        write("sub/b.txt", "ب");
        write("a.txt", "أ");
        write("notes.md", "ignored");
        read(dir, dir.resolve("nope.txt"));
        assertEquals(List.of("a", "b"), articles.stream().map(Article::id).toList());
        assertEquals("no such file or folder", problems.get(0).message());
    }

    @Test
    void standardInputIsSniffedAsTextOrJson() {
        ArticleReader r = ArticleReader.builder().stdin(new ByteArrayInputStream("{\"text\":\"أ\"}\n{\"text\":\"ب\"}\n".getBytes(StandardCharsets.UTF_8))).build();
        r.read(List.of("-"), handler);
        assertEquals(2, articles.size());
        articles.clear();
        ArticleReader t = ArticleReader.builder().stdin(new ByteArrayInputStream("عنوان\nنص".getBytes(StandardCharsets.UTF_8))).build();
        t.read(List.of("-"), handler);
        assertEquals("عنوان", articles.get(0).headline());
        assertTrue(articles.get(0).id().startsWith("t"));
    }
}
