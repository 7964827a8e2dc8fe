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

    static List<Found> found(ArticleAnalysis a) {
        List<Found> out = new ArrayList<>();
        String text = a.article().text();
        for (TimeExpression t : a.times()) {
            Span s = t.span();
            DateValue v = t.value();
            out.add(new Found(text.substring(s.begin(), s.end()), v == null ? "-" : v.iso()));
        }
        return out;
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

    /** Asserts that no date expression is found. */
    static void assertNoDates(String text, LocalDate published) {
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), found(text, published), text);
    }

    static LocalDate d(String iso) { return LocalDate.parse(iso); }
}
