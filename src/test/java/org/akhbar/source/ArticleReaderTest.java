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

    @Test
    void oneBadRecordInAJsonArrayLosesThatRecordAlone() throws IOException {
        Path p = write("arr.json", "[{\"id\":\"a\",\"text\":\"أ\"},\n {\"id\":\"b\",\"text\": },\n 5,\n"
                + " {\"id\":\"c\",\"text\":\"ج\"},\n {\"id\":\"x\",\"text\":[},\n {\"id\":\"d\",\"text\":\"د\"}]");
        read(p);
        assertEquals(List.of("a", "c", "d"), articles.stream().map(Article::id).toList());
        assertEquals(List.of(p + ":2", p + ":3", p + ":5"), problems.stream().map(InputProblem::origin).toList());
        assertTrue(problems.get(0).message().startsWith("invalid JSON"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("not an object"), problems.get(1).message());
    }

    @Test
    void aTruncatedJsonArrayKeepsTheRecordsBeforeTheCut() throws IOException {
        Path p = write("cut.json", "[{\"id\":\"a\",\"text\":\"أ\"}, {\"id\":\"b\",\"text\":\"ب");
        read(p);
        assertEquals(List.of("a"), articles.stream().map(Article::id).toList());
        assertTrue(problems.get(0).message().contains("does not end (truncated"), problems.get(0).message());
    }

    @Test
    void utf8WithAFewBadBytesIsReportedByTheOffsetOfTheFirstNotAsWindows1256() throws IOException {
        byte[] head = "أكد الرئيس العراقي أن الحكومة ملتزمة\nبالإصلاح ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = " والشفافية في كل الوزارات".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC7;                   // Windows-1256 ا, ل, ي: not UTF-8
        bytes[head.length + 1] = (byte) 0xE1;
        bytes[head.length + 2] = (byte) 0xED;
        System.arraycopy(tail, 0, bytes, head.length + 3, tail.length);
        read(Files.write(dir.resolve("damaged.txt"), bytes));
        String m = problems.get(0).message();
        assertTrue(m.startsWith("not valid UTF-8: 3 invalid bytes, the first at byte offset " + head.length + " (line 2)"), m);
        assertTrue(!m.contains("Windows-1256"), m);
    }

    @Test
    void utf16TextWithoutAByteOrderMarkIsNamedAndLoadsWithTheEncodingItNames() throws IOException {
        Path txt = Files.write(dir.resolve("le.txt"), "أكد الرئيس أن الحكومة ملتزمة".getBytes(StandardCharsets.UTF_16LE));
        read(txt);
        assertEquals(0, articles.size());
        assertEquals("UTF-16LE text without a byte-order mark: load it with --encoding UTF-16LE", problems.get(0).message());
        problems.clear();
        read(ArticleReader.builder().encoding(StandardCharsets.UTF_16LE).build(), txt);
        assertEquals(List.of(), problems);
        assertEquals("أكد الرئيس أن الحكومة ملتزمة", articles.get(0).text());
    }

    @Test
    void jsonInUtf16WithoutAByteOrderMarkIsToldByItsZeroBytesAsJsonAllows() throws IOException {
        Path jsonl = Files.write(dir.resolve("be.jsonl"), "{\"id\":\"j\",\"text\":\"نص\"}\n".getBytes(StandardCharsets.UTF_16BE));
        Path json = Files.write(dir.resolve("le.json"), "[{\"id\":\"k\",\"text\":\"نص\"}]".getBytes(StandardCharsets.UTF_16LE));
        read(jsonl, json);
        assertEquals(List.of(), problems);
        assertEquals(List.of("j", "k"), articles.stream().map(Article::id).toList());
    }

    @Test
    void aLinkLoopAndAFifoInAFolderAreReportedAndTheRestOfTheTreeLoads() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("a/loop"));
        write("a/one.txt", "أ");
        write("z.txt", "ي");
        Files.createSymbolicLink(dir.resolve("a/loop/back"), dir.resolve("a"));
        Files.createSymbolicLink(dir.resolve("a/gone.txt"), dir.resolve("nowhere.txt"));
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("a/pipe.txt").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed to make a FIFO");
        read(dir);
        assertEquals(List.of("one", "z"), articles.stream().map(Article::id).toList());
        List<String> reported = problems.stream().map(p -> dir.relativize(Path.of(p.origin())) + ": " + p.message()).sorted().toList();
        assertEquals(List.of(
                "a/gone.txt: broken symbolic link; skipped",
                "a/loop/back: symbolic link loop (it leads back to a folder above it); skipped",
                "a/pipe.txt: not a regular file (a FIFO, socket or device); skipped"), reported);
    }

    @Test
    void anUnreadableSubfolderIsReportedAndTheRestOfTheTreeLoads() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "skipped: root reads folders whatever their permissions, so none is unreadable");
        Path locked = Files.createDirectories(dir.resolve("locked"));
        write("locked/hidden.txt", "مخفي");
        write("open.txt", "ظاهر");
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            read(dir);
            assertEquals(List.of("open"), articles.stream().map(Article::id).toList());
            assertEquals(locked.toString(), problems.get(0).origin());
            assertTrue(problems.get(0).message().startsWith("cannot read (permission denied)"), problems.get(0).message());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }
}
