package org.akhbar.source;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads articles from files, folders (recursively, in name order) and standard input:
 * plain text ({@code .txt}), JSON ({@code .json}: an object or an array of objects),
 * JSON Lines ({@code .jsonl}, {@code .ndjson}), each optionally gzip-compressed. Inputs are
 * streamed: a JSON Lines corpus is read one line at a time. Every input that cannot be read
 * is reported to the handler by name (and line) and skipped; the others go on.
 *
 * <p>Settings are immutable; build one with {@link #builder()}.
 */
public final class ArticleReader {
    private final LocalDate published;
    private final String source;
    private final TextDecoder decoder;
    private final int maxChars;
    private final InputStream stdin;
    private final java.util.concurrent.atomic.LongAdder bytesRead;

    private ArticleReader(Builder b) {
        this.published = b.published;
        this.source = b.source;
        this.decoder = new TextDecoder(b.encoding);
        this.maxChars = b.maxChars;
        this.stdin = b.stdin;
        this.bytesRead = b.bytesRead;
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private LocalDate published;
        private String source;
        private Charset encoding;
        private int maxChars = 1_000_000;
        private InputStream stdin = System.in;
        private java.util.concurrent.atomic.LongAdder bytesRead;

        /** Publication date for plain-text inputs (JSON records carry their own). */
        public Builder published(LocalDate d) { this.published = d; return this; }
        /** Publisher name for plain-text inputs. */
        public Builder source(String s) { this.source = s; return this; }
        /** Encoding of every input; null (default) requires UTF-8 or a UTF-16 BOM. */
        public Builder encoding(Charset cs) { this.encoding = cs; return this; }
        /** Longest article accepted, in chars; longer ones are reported and skipped. */
        public Builder maxChars(int n) { this.maxChars = n; return this; }
        /** Where "-" reads from. */
        public Builder stdin(InputStream in) { this.stdin = in; return this; }
        /** Counts the bytes read from files (compressed bytes for .gz), for progress against {@link #sizeOf}. */
        public Builder countBytes(java.util.concurrent.atomic.LongAdder counter) { this.bytesRead = counter; return this; }
        public ArticleReader build() { return new ArticleReader(this); }
    }

    /** Reads every path in order; "-" is standard input. */
    public void read(List<String> paths, ArticleHandler handler) {
        for (String p : paths) {
            if (p.equals("-")) {
                readStdin(handler);
                continue;
            }
            Path path = Paths.get(p);
            if (Files.isDirectory(path)) {
                for (Path f : filesUnder(path, handler)) readFile(f, handler);
            } else if (Files.exists(path)) {
                readFile(path, handler);            // a FIFO named here is read, as "<(zcat …)" needs
            } else if (Files.isSymbolicLink(path)) {
                handler.problem(new InputProblem(p, "broken symbolic link, or a loop of links"));
            } else {
                handler.problem(new InputProblem(p, "no such file or folder"));
            }
        }
    }

    /**
     * One record of a JSON Lines file whose lines someone else has split, such as a Spark job
     * reading a Hadoop file split: {@code bytes[0, length)} is the line without its newline,
     * {@code origin} names it for messages. The article or the problem goes to {@code handler},
     * exactly as {@link #read} would give it for that line (a blank line gives nothing).
     */
    public void readJsonLine(byte[] bytes, int length, String origin, ArticleHandler handler) {
        LineReader.Line line = new LineReader.Line(bytes, length, length > maxBytes(), false);
        if (!line.tooLong() && line.isBlank()) return;
        if (line.tooLong()) {
            handler.problem(new InputProblem(origin, "too large: over " + maxChars + " characters (raise --max-chars to load it)"));
            return;
        }
        try {
            handler.article(toArticle(JsonRecords.parseObject(decoder.decode(bytes, 0, length)), origin, null));
        } catch (InputException e) {
            handler.problem(new InputProblem(origin, e.getMessage()));
        }
    }

    /** One plain-text article given as its file's bytes (the id comes from {@code fileName}, as {@link #read} makes it). */
    public void readTextFile(byte[] bytes, String fileName, String origin, ArticleHandler handler) {
        try {
            readPlain(new java.io.ByteArrayInputStream(bytes), origin, baseName(fileName), handler);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);                     // a byte array does not fail
        }
    }

    /** One record given as named fields (a row of a Parquet table): the same fields and rules as a JSON record's. */
    public void readFields(Map<String, String> fields, String origin, ArticleHandler handler) {
        try {
            handler.article(toArticle(fields, origin, null));
        } catch (InputException e) {
            handler.problem(new InputProblem(origin, e.getMessage()));
        }
    }

    /**
     * The input files under {@code dir}, in name order, following symbolic links. What cannot
     * be read is reported and the walk goes on: an unreadable subfolder, a link that loops
     * back to a folder above it, a broken link, a FIFO, socket or device.
     */
    private List<Path> filesUnder(Path dir, ArticleHandler handler) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<Path>() {
                        @Override
                        public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                            if (a.isRegularFile()) {
                                if (isSupported(f.getFileName().toString())) files.add(f);
                            } else if (a.isSymbolicLink()) {
                                handler.problem(new InputProblem(f.toString(), "broken symbolic link; skipped"));
                            } else if (a.isOther()) {
                                handler.problem(new InputProblem(f.toString(), "not a regular file (a FIFO, socket or device); skipped"));
                            }
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                            String why = e instanceof java.nio.file.FileSystemLoopException
                                    ? "symbolic link loop (it leads back to a folder above it); skipped"
                                    : e instanceof java.nio.file.AccessDeniedException
                                    ? "cannot read (permission denied); skipped, the rest of the folder is read"
                                    : "cannot read: " + e + "; skipped, the rest of the folder is read";
                            handler.problem(new InputProblem(f.toString(), why));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }

                        @Override
                        public java.nio.file.FileVisitResult postVisitDirectory(Path d, IOException e) {
                            if (e != null) handler.problem(new InputProblem(d.toString(), "cannot list the whole folder: " + e.getMessage()));
                            return java.nio.file.FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            handler.problem(new InputProblem(dir.toString(), "cannot list folder: " + e.getMessage()));
        }
        files.sort(null);
        return files;
    }

    public static boolean isSupported(String name) {
        String n = stripGz(name.toLowerCase(Locale.ROOT));
        return n.endsWith(".txt") || n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    private static String stripGz(String n) { return n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n; }

    void readFile(Path file, ArticleHandler handler) {
        String name = file.toString();
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean gz = lower.endsWith(".gz");
        String kind = stripGz(lower);
        if (!Files.isReadable(file)) {
            handler.problem(new InputProblem(name, "cannot read file (permission denied)"));
            return;
        }
        try (InputStream raw = new BufferedInputStream(counted(Files.newInputStream(file)), 1 << 16)) {
            InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw;
            String base = baseName(file.getFileName().toString());
            if (kind.endsWith(".jsonl") || kind.endsWith(".ndjson")) readJsonLines(in, name, handler);
            else if (kind.endsWith(".json")) readJson(in, name, base, handler);
            else readPlain(in, name, base, handler);
        } catch (ZipException | EOFException e) {
            handler.problem(new InputProblem(name, "truncated or corrupt gzip: " + e.getMessage()));
        } catch (IOException e) {
            handler.problem(new InputProblem(name, "cannot read file: " + e.getMessage()));
        }
    }

    private InputStream counted(InputStream in) {
        if (bytesRead == null) return in;
        return new org.apache.commons.io.input.ProxyInputStream(in) {
            @Override
            protected void afterRead(int n) {
                if (n > 0) bytesRead.add(n);
            }
        };
    }

    /** The bytes of the files {@link #read} would read under these paths (standard input counts none). */
    public static long sizeOf(List<String> paths) {
        long total = 0;
        for (String p : paths) {
            if (p.equals("-")) continue;
            Path path = Paths.get(p);
            try {
                if (Files.isRegularFile(path)) total += Files.size(path);
                else if (Files.isDirectory(path)) {
                    try (Stream<Path> s = Files.walk(path)) {
                        for (Path f : s.filter(Files::isRegularFile).filter(f -> isSupported(f.getFileName().toString())).toList())
                            total += Files.size(f);
                    }
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable: reported by read(); it adds nothing to the progress either
            }
        }
        return total;
    }

    private void readStdin(ArticleHandler handler) {
        try {
            BufferedInputStream in = new BufferedInputStream(stdin, 1 << 16);
            in.mark(4096);
            byte[] head = in.readNBytes(4096);
            in.reset();
            String start = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
            if (start.startsWith("\uFEFF")) start = start.substring(1).stripLeading();
            if (start.startsWith("[")) readJson(in, "<stdin>", null, handler);
            else if (start.startsWith("{")) readJsonLines(in, "<stdin>", handler);
            else readPlain(in, "<stdin>", null, handler);
        } catch (IOException e) {
            handler.problem(new InputProblem("<stdin>", "cannot read standard input: " + e.getMessage()));
        }
    }

    /** File name without .gz and the format extension: 000_d370733e592f79a1.txt → 000_d370733e592f79a1. */
    static String baseName(String fileName) {
        String n = fileName;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    private void readPlain(InputStream in, String origin, String base, ArticleHandler handler) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes() + 1);
        if (bytes.length > maxBytes()) {
            handler.problem(new InputProblem(origin, "too large: over " + maxChars + " characters (raise --max-chars to load it)"));
            return;
        }
        try {
            String text = unixLineEnds(decoder.decode(bytes));
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            checkSize(text);
            String headline = firstLine(text);
            if (headline == null) throw new InputException("empty article (no text)");
            String id = base != null ? ArticleIds.fromName(base) : ArticleIds.fromText(text);
            handler.article(new Article(id, headline, text, published, null, source, origin));
        } catch (InputException e) {
            handler.problem(new InputProblem(origin, e.getMessage()));
        }
    }

    private void readJson(InputStream raw, String origin, String base, ArticleHandler handler) throws IOException {
        java.io.PushbackInputStream in = new java.io.PushbackInputStream(raw, HEAD);
        byte[] head = peekHead(in);
        Charset wide = decoder.jsonCharset(head, head.length);
        // the byte path reads bytes as ISO-8859-1 chars (one char a byte, lossless), so each
        // record is decoded alone and a bad byte loses that record only
        java.io.Reader r = wide != null ? new java.io.InputStreamReader(in, TextDecoder.strictDecoder(wide))
                : new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.ISO_8859_1);
        JsonArrayItems items = new JsonArrayItems(r, wide != null ? wideCap() : maxBytes());
        ProblemDigest digest = new ProblemDigest(origin, handler);
        NotArticlesCheck check = new NotArticlesCheck();
        int count = 0;
        try {
            for (JsonArrayItems.Item item; (item = items.next()) != null; ) {
                count++;
                check.record();
                String where = count == 1 && base != null ? origin : origin + ":" + item.line();
                try {
                    if (item.tooLong()) throw new InputException(tooLarge());
                    if (!item.object()) throw new InputException("invalid JSON: the array item is not an object");
                    String json;
                    if (wide != null) {
                        json = item.json();
                        TextDecoder.checkText(json);
                    } else {
                        json = decoder.decode(item.json().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                    }
                    handler.article(toArticle(JsonRecords.parseObject(json), where, count == 1 ? base : null));
                    check.article();
                } catch (InputException e) {
                    digest.report(where, e.getMessage());
                }
                String stop = check.verdict();
                if (stop != null) {
                    digest.finish();
                    handler.problem(new InputProblem(origin, NotArticlesCheck.stopped(items.line(), items.charsRead(), stop)));
                    return;
                }
            }
            digest.finish();
            if (count == 0) handler.problem(new InputProblem(origin, "no articles: the JSON array is empty"));
        } catch (InputException e) {
            digest.finish();
            handler.problem(new InputProblem(origin, e.getMessage() + (count > 0 ? " (after " + count + " records)" : "")));
        } catch (java.nio.charset.CharacterCodingException e) {
            digest.finish();
            handler.problem(new InputProblem(origin + ":" + items.line(), "not valid " + wide.name() + " text; the records after it are skipped"));
        } catch (IOException e) {
            digest.finish();
            throw e;
        }
    }

    /** Bytes looked at to tell the encoding of a JSON or JSON Lines file. */
    private static final int HEAD = 4096;

    /** Up to {@link #HEAD} first bytes, pushed back. Read one at a time: a bulk read of a truncated gzip would lose what came before the cut. */
    private static byte[] peekHead(java.io.PushbackInputStream in) throws IOException {
        byte[] head = new byte[HEAD];
        int n = 0;
        try {
            for (int c; n < head.length && (c = in.read()) != -1; ) head[n++] = (byte) c;
        } catch (ZipException | EOFException e) {
            // a gzip cut within its first bytes: read what there is, and the reader will say where it ends
        }
        in.unread(head, 0, n);
        return java.util.Arrays.copyOf(head, n);
    }

    private String tooLarge() { return "too large: over " + maxChars + " characters (raise --max-chars to load it)"; }

    /** Room for the other fields and escapes around a text of maxChars. */
    private long wideCap() { return Math.min(Integer.MAX_VALUE - 16, 2L * maxChars + 4096); }

    private void readJsonLines(InputStream raw, String origin, ArticleHandler handler) throws IOException {
        java.io.PushbackInputStream in = new java.io.PushbackInputStream(raw, HEAD);
        byte[] head = peekHead(in);
        Charset wide = decoder.jsonCharset(head, head.length);
        ProblemDigest digest = new ProblemDigest(origin, handler);
        try {
            if (wide != null) readWideJsonLines(in, wide, origin, handler, digest);
            else readByteJsonLines(in, origin, handler, digest);
        } finally {
            digest.finish();
        }
    }

    /** Why a file of lines stopped early, or null: the check's verdict, with how far reading got. */
    private static boolean stopHere(NotArticlesCheck check, String origin, long lineNo, long read, ProblemDigest digest, ArticleHandler handler) {
        String why = check.verdict();
        if (why == null) return false;
        digest.finish();
        handler.problem(new InputProblem(origin, NotArticlesCheck.stopped(lineNo, read, why)));
        return true;
    }

    /**
     * JSON Lines in UTF-16 (a BOM, or --encoding): '\n' is two bytes there, so lines are split
     * after decoding. A line over the size limit is reported and skipped without being held.
     */
    private void readWideJsonLines(InputStream in, Charset cs, String origin, ArticleHandler handler, ProblemDigest digest) throws IOException {
        java.io.Reader r = new java.io.BufferedReader(new java.io.InputStreamReader(in, TextDecoder.strictDecoder(cs)), 1 << 16);
        StringBuilder line = new StringBuilder();
        long cap = wideCap();
        NotArticlesCheck check = new NotArticlesCheck();
        int lineNo = 0, records = 0;
        long chars = 0;
        try {
            while (true) {
                line.setLength(0);
                boolean tooLong = false, any = false;
                long over = 0;
                int c;
                while ((c = r.read()) != -1) {
                    any = true;
                    chars++;
                    if (c == '\n') break;
                    if (line.length() < cap) line.append((char) c);
                    else {
                        tooLong = true;
                        if (++over > NotArticlesCheck.RUN_ON) {
                            digest.finish();
                            handler.problem(new InputProblem(origin + ":" + (lineNo + 1), "stopped reading: " + NotArticlesCheck.runOn(cap)));
                            return;
                        }
                    }
                }
                if (!any) break;
                lineNo++;
                String where = origin + ":" + lineNo;
                String json = line.toString();
                if (json.startsWith("\uFEFF")) json = json.substring(1);
                if (!tooLong && json.isBlank()) {
                    check.blank();
                    if (stopHere(check, origin, lineNo, chars, digest, handler)) return;
                    continue;
                }
                records++;
                check.record();
                try {
                    if (tooLong) throw new InputException(tooLarge());
                    TextDecoder.checkText(json);
                    handler.article(toArticle(JsonRecords.parseObject(json), where, null));
                    check.article();
                } catch (InputException e) {
                    digest.report(where, e.getMessage());
                }
                if (stopHere(check, origin, lineNo, chars, digest, handler)) return;
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            digest.finish();
            handler.problem(new InputProblem(origin + ":" + (lineNo + 1), "not valid " + cs.name() + " text; the lines after it are skipped"));
            return;
        }
        if (records == 0) handler.problem(new InputProblem(origin, "no articles: the file has no JSON lines"));
    }

    private void readByteJsonLines(InputStream in, String origin, ArticleHandler handler, ProblemDigest digest) throws IOException {
        LineReader lines = new LineReader(in, maxBytes());
        NotArticlesCheck check = new NotArticlesCheck();
        int lineNo = 0, records = 0;
        try {
            LineReader.Line line;
            while ((line = lines.next()) != null) {
                lineNo++;
                String where = origin + ":" + lineNo;
                if (line.runOn()) {
                    digest.finish();
                    handler.problem(new InputProblem(where, "stopped reading: " + NotArticlesCheck.runOn(maxBytes())));
                    return;
                }
                if (!line.tooLong() && line.isBlank()) {
                    check.blank();
                    if (stopHere(check, origin, lineNo, lines.bytesRead(), digest, handler)) return;
                    continue;
                }
                records++;
                check.record();
                try {
                    if (line.tooLong()) throw new InputException(tooLarge());
                    String json = decoder.decode(line.bytes(), 0, line.length());
                    handler.article(toArticle(JsonRecords.parseObject(json), where, null));
                    check.article();
                } catch (InputException e) {
                    digest.report(where, e.getMessage());
                }
                if (stopHere(check, origin, lineNo, lines.bytesRead(), digest, handler)) return;
            }
        } catch (ZipException | EOFException e) {
            digest.finish();
            handler.problem(new InputProblem(origin, "truncated or corrupt gzip after line " + lineNo + ": " + e.getMessage()));
            return;
        }
        if (records == 0) handler.problem(new InputProblem(origin, "no articles: the file has no JSON lines"));
    }

    private Article toArticle(Map<String, String> f, String origin, String fallbackId) throws InputException {
        String body = JsonRecords.first(f, "text", "content", "body", "articleBody");
        if (body == null) {
            if (f.containsKey("text") || f.containsKey("content")) throw new InputException("empty article (no text)");
            throw new InputException("no text field (expected \"text\" or \"content\")");
        }
        String title = JsonRecords.first(f, "title", "headline");
        body = unixLineEnds(body);
        String text = title == null ? body : title.strip() + "\n\n" + body;
        checkSize(text);
        if (TextDecoder.isBlank(text)) throw new InputException("empty article (no text)");
        TextDecoder.checkText(text);
        String url = JsonRecords.first(f, "url", "link");
        String rawId = JsonRecords.first(f, "id", "_id", "guid");
        String id = rawId != null ? ArticleIds.fromName(rawId)
                : url != null ? ArticleIds.fromUrl(url)
                : fallbackId != null ? ArticleIds.fromName(fallbackId)
                : ArticleIds.fromText(text);
        LocalDate date = JsonRecords.parseDate(JsonRecords.first(f, "publish_date", "published", "date", "datePublished"));
        String headline = title != null ? title.strip() : firstLine(text);
        String publisher = JsonRecords.first(f, "source", "publisher");
        return new Article(id, headline, text, date, url == null ? null : url.strip(), publisher, origin);
    }

    /** CRLF and CR line ends as LF. Most texts have none, and the search for one is far cheaper than a replace. */
    static String unixLineEnds(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private void checkSize(String text) throws InputException {
        if (text.length() > maxChars) {
            throw new InputException("too large: " + text.length() + " characters, over the limit of " + maxChars + " (raise --max-chars to load it)");
        }
    }

    /** UTF-8 Arabic takes two bytes a char; allow for that before decoding. */
    private int maxBytes() { return (int) Math.min(Integer.MAX_VALUE - 16, (long) maxChars * 4); }

    private static String firstLine(String text) {
        for (int from = 0; from <= text.length(); ) {
            int nl = text.indexOf('\n', from);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(from, end);
            if (!TextDecoder.isBlank(line)) return line.strip();
            if (nl < 0) break;
            from = nl + 1;
        }
        return null;
    }

    /** Reads byte lines (JSON Lines) without decoding, so one bad line does not end the file. */
    static final class LineReader {
        private final InputStream in;
        private final int max;
        private final byte[] buf = new byte[1 << 16];
        private int pos;
        private int limit;
        private byte[] line = new byte[8192];
        private long bytesRead;

        /** Bytes taken from the stream so far (decompressed, for a gzip). */
        long bytesRead() { return bytesRead; }

        LineReader(InputStream in, int max) {
            this.in = in;
            this.max = max;
        }

        /** A line: its bytes, whether it was cut at the limit, and whether it ran on so far past it that reading stops. */
        record Line(byte[] bytes, int length, boolean tooLong, boolean runOn) {
            boolean isBlank() {
                for (int i = 0; i < length; i++) if (!Character.isWhitespace(bytes[i])) return false;
                return true;
            }
        }

        /** The next line (without its newline), or null at the end; a line over {@code max} bytes is cut and flagged. */
        Line next() throws IOException {
            int len = 0;
            boolean tooLong = false;
            boolean any = false;
            long over = 0;
            while (true) {
                if (pos == limit) {
                    limit = in.read(buf, 0, buf.length);
                    pos = 0;
                    if (limit <= 0) {
                        limit = 0;
                        return any ? new Line(line, len, tooLong, false) : null;
                    }
                    bytesRead += limit;
                }
                any = true;
                int start = pos;
                while (pos < limit && buf[pos] != '\n') pos++;
                int n = pos - start;
                if (len + n > max) {
                    tooLong = true;
                    over += len + n - max;
                    n = Math.max(0, max - len);
                    if (over > NotArticlesCheck.RUN_ON) return new Line(line, len, true, true);
                }
                if (len + n > line.length) line = java.util.Arrays.copyOf(line, Math.max(line.length * 2, len + n));
                System.arraycopy(buf, start, line, len, n);
                len += n;
                if (pos < limit) { // found the newline
                    pos++;
                    return new Line(line, len, tooLong, false);
                }
            }
        }
    }
}
