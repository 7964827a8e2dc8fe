package org.akhbar.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.DateValue;
import org.akhbar.extract.Span;
import org.akhbar.extract.TimeExpression;
import org.akhbar.source.Article;
import org.akhbar.text.TextAnalyzer;

/** Test helper: runs the dateline and time extractors over a text and reads the result back. */
final class Dates {
    private static final DatelineExtractor DATELINE = new DatelineExtractor();
    private static final TimeExtractor TIMES = new TimeExtractor();

    /** One expression as the tests compare it: the text its span covers and its ISO value ("-" if unresolved). */
    record Found(String text, String value) {
        @Override public String toString() { return text + " → " + value; }
    }

    private Dates() {}

    static ArticleAnalysis analyse(String text, LocalDate published) {
        ArticleAnalysis a = new ArticleAnalysis(new Article("test", null, text, published, null, null, "test"),
                TextAnalyzer.analyze(text));
        DATELINE.extract(a);
        TIMES.extract(a);
        return a;
    }

    static List<Found> found(String text, LocalDate published) {
        return found(analyse(text, published));
    }

    /** The dates (TimeML DATE and TIME) found, in text order. */
    static List<Found> found(ArticleAnalysis a) {
        List<Found> out = new ArrayList<>();
        String text = a.article().text();
        for (TimeExpression t : a.times()) {
            if (!t.isDate()) continue;
            Span s = t.span();
            DateValue v = t.value();
            out.add(new Found(text.substring(s.begin(), s.end()), v == null ? "-" : v.iso()));
        }
        return out;
    }

    /** The durations and sets found, in text order, each with its type and xsd:duration: «ثلاث سنوات → DURATION P3Y». */
    static List<Found> durations(String text, LocalDate published) {
        List<Found> out = new ArrayList<>();
        for (TimeExpression t : analyse(text, published).times()) {
            if (t.isDate()) continue;
            org.junit.jupiter.api.Assertions.assertNull(t.value(), "a duration is never a date");
            out.add(new Found(text.substring(t.span().begin(), t.span().end()), t.type() + " " + t.duration()));
        }
        return out;
    }

    /** Asserts the durations and sets found: {@code f("ثلاث سنوات", "DURATION P3Y")}. */
    static void assertDurations(String text, LocalDate published, Found... expected) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(expected), durations(text, published), text);
    }

    static Found f(String text, String value) { return new Found(text, value); }

    /** Asserts the expressions found, in text order, with their values. */
    static void assertDates(String text, LocalDate published, Found... expected) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(expected), found(text, published), text);
    }

    /** Asserts the first expression found. */
    static void assertFirst(String text, LocalDate published, String expression, String value) {
        List<Found> all = found(text, published);
        org.junit.jupiter.api.Assertions.assertFalse(all.isEmpty(), "no date in: " + text);
        org.junit.jupiter.api.Assertions.assertEquals(f(expression, value), all.get(0), text);
    }

    /** Asserts that no date expression is found (durations and sets may be). */
    static void assertNoDates(String text, LocalDate published) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), found(text, published), text);
    }

    static LocalDate d(String iso) { return LocalDate.parse(iso); }
}
