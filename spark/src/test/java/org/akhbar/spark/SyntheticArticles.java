package org.akhbar.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Corpus-like articles for the Spark tests, made from the seed articles' paragraphs and a few
 * news sentences of the corpus's kinds (quotes, reported speech, agreements, dates), drawn with
 * a fixed seed: the same count gives the same articles. JSON records as in the corpus
 * (id, title, text, publish_date, source, some with a url instead of an id).
 */
final class SyntheticArticles {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] SENTENCES = {
        "قال وزير الخارجية الأردني أيمن الصفدي إن المحادثات مع العراق مستمرة.",
        "أكد الرئيس المصري عبد الفتاح السيسي، اليوم الأحد، أن مصر تدعم الحل السياسي في ليبيا.",
        "وقعت السعودية والإمارات اتفاقية للتعاون الاقتصادي في الرياض يوم 12 مارس 2015.",
        "وأضاف المتحدث باسم وزارة الداخلية أن \"الوضع الأمني مستقر\" في العاصمة.",
        "أعلنت وزارة الصحة السعودية عن تسجيل حالات جديدة خلال الأسبوع الماضي.",
        "وحذر الأمين العام للأمم المتحدة من تدهور الأوضاع الإنسانية في اليمن.",
        "اتفقت تركيا وقطر على تعزيز التعاون العسكري بين البلدين في العام المقبل.",
        "وأشار رئيس الوزراء العراقي مصطفى الكاظمي إلى أن الانتخابات ستجرى في أكتوبر.",
    };

    private SyntheticArticles() {}

    /** {@code n} JSON records, one a line; record i is made the same way whatever n is. */
    static List<String> records(int n) {
        List<String> paragraphs = new ArrayList<>(List.of(SENTENCES));
        try (Stream<Path> s = Files.list(Path.of("../seeds"))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readString(f).split("\n")) if (line.strip().length() > 40) paragraphs.add(line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the seed articles are in ../seeds", e);
        }
        Random rnd = new Random(20150720L);
        List<String> out = new ArrayList<>();
        LocalDate day = LocalDate.of(2015, 7, 1);
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            for (int j = 0, k = 1 + rnd.nextInt(3); j < k; j++) {
                if (j > 0) body.append('\n');
                body.append(paragraphs.get(rnd.nextInt(paragraphs.size())));
            }
            String title = paragraphs.get(rnd.nextInt(SENTENCES.length)).replace(".", "") + " (" + (i + 1) + ")";
            StringWriter w = new StringWriter();
            try (JsonGenerator g = JSON.createGenerator(w)) {
                g.writeStartObject();
                if (i % 10 == 3) g.writeStringField("url", "https://example.org/news/" + i);
                else g.writeStringField("id", String.format("s%05d", i));
                g.writeStringField("title", title);
                g.writeStringField("text", body.toString());
                g.writeStringField("publish_date", day.plusDays(i % 120).toString());
                g.writeStringField("source", i % 2 == 0 ? "aawsat" : "alriyadh");
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.add(w.toString());
        }
        return out;
    }

    static Path writeGzip(Path file, List<String> lines) throws IOException {
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(file))) {
            for (String l : lines) o.write((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
