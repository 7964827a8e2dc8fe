package org.akhbar.extract;

import java.time.LocalDate;

import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;

/** Runs the whole extraction pipeline on a snippet of Arabic news, for extractor tests. */
public final class Analyses {
    private Analyses() {}

    public static ArticleAnalysis of(String text) { return of(text, LocalDate.of(2021, 7, 27)); }

    public static ArticleAnalysis of(String text, LocalDate published) {
        return Pipeline.standard().analyze(new Article("test", text.lines().findFirst().orElse(""), text, published, null, null, "test"));
    }

    /** Every evidence span equals the text it claims to cover. */
    public static void assertSpansMatch(ArticleAnalysis a) {
        String text = a.article().text();
        for (ActorMention m : a.mentions()) check(text, m.span());
        for (Statement s : a.statements()) {
            check(text, s.span());
            check(text, s.contentSpan());
            if (!text.substring(s.contentSpan().begin(), s.contentSpan().end()).equals(s.content())) {
                throw new AssertionError("content is not its span: " + s.content());
            }
        }
        for (Agreement g : a.agreements()) check(text, g.span());
        for (TimeExpression t : a.times()) check(text, t.span());
    }

    private static void check(String text, Span s) {
        if (s.end() > text.length() || s.begin() > s.end()) throw new AssertionError("span out of the text: " + s);
        String covered = text.substring(s.begin(), s.end());
        if (!covered.equals(covered.strip()) || covered.isEmpty()) throw new AssertionError("span with edges of white space: '" + covered + "'");
    }
}
