package org.akhbar.extract.time;

import java.time.LocalDate;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.DateValue;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.time.TimeWord.Kind;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.Token;

/**
 * Reads the publication date from the agency dateline when the article's metadata has none:
 * «( أردو بوینت نتورك ۔ / سبوتنيك - 27 يوليو 2021ء)», «القاهرة - (رويترز) - 12 مارس 2019»,
 * «بغداد 5 كانون الثاني (يناير) 2020 (أ ف ب) -». The date must be a full day, month and year,
 * in one of the first {@value #MAX_LINES} non-blank lines, near the start of its line, and set
 * off as a dateline: a dash, slash or bracket right before or after it, an agency named in the
 * line, or the date standing alone on its line. Anything less is not taken: no guessing.
 * Stateless and thread-safe.
 */
public final class DatelineExtractor implements Extractor {
    static final int MAX_LINES = 6;
    static final int MAX_CHARS = 1500;
    /** How far into its line the date may start, in tokens. */
    static final int MAX_LINE_POSITION = 12;
    /** How much of the line is searched for an agency name, in tokens. */
    static final int AGENCY_WINDOW = 25;
    private static final String DATELINE_MARKS = "-–—ـ/|()[]:";

    private final TimeLexicon lexicon = TimeLexicon.get();

    @Override
    public void extract(ArticleAnalysis analysis) {
        if (analysis.published() != null) return;
        AnalyzedText t = analysis.text();
        int limit = t.tokenAtOrAfter(endOfFirstLines(t.text()));
        DateScanner scanner = new DateScanner(lexicon, t);
        DateScanner.Candidate[] found = new DateScanner.Candidate[1];
        int[] previousEnd = {-1};
        scanner.scan(0, limit, c -> {
            // the second date of a range («27 تموز ـ 12 آب 2012») is not a dateline
            boolean range = previousEnd[0] >= 0 && onlyPunctuationBetween(t, previousEnd[0], c.first());
            previousEnd[0] = c.end();
            if (!range && c.fixed() instanceof DateValue.Day && isDateline(t, c)) {
                found[0] = c;
                return false;
            }
            return true;
        });
        if (found[0] != null) {
            LocalDate date = ((DateValue.Day) found[0].fixed()).date();
            analysis.setPublishedFromText(date, scanner.span(found[0]));
        }
    }

    /** Offset just after the last of the first {@link #MAX_LINES} non-blank lines, at most {@link #MAX_CHARS}. */
    static int endOfFirstLines(String s) {
        int lines = 0, i = 0, n = Math.min(s.length(), MAX_CHARS);
        while (i < n) {
            int nl = s.indexOf('\n', i);
            int end = nl < 0 ? s.length() : nl;
            if (!s.substring(i, end).isBlank() && ++lines == MAX_LINES) return Math.min(end, n);
            if (nl < 0) return n;
            i = nl + 1;
        }
        return n;
    }

    private boolean isDateline(AnalyzedText t, DateScanner.Candidate c) {
        String s = t.text();
        Token first = t.token(c.first()), last = t.token(c.end() - 1);
        int lineBegin = s.lastIndexOf('\n', first.begin() - 1) + 1;
        int lineEnd = s.indexOf('\n', last.end());
        if (lineEnd < 0) lineEnd = s.length();
        int lineFirst = t.tokenAtOrAfter(lineBegin), lineLast = t.tokenAtOrAfter(lineEnd);
        if (c.first() - lineFirst > MAX_LINE_POSITION) return false;

        // set off by a mark: «سبوتنيك - 27 يوليو 2021ء)», «القاهرة ـ 12 مارس 2019 (رويترز)»
        int before = c.first() > lineFirst ? t.token(c.first() - 1).end() : lineBegin;
        if (hasMark(s, before, first.begin()) || (c.first() > lineFirst && isMark(t.token(c.first() - 1)))) return true;
        int after = c.end() < lineLast ? t.token(c.end()).begin() : lineEnd;
        if (hasMark(s, last.end(), after) || (c.end() < lineLast && isMark(t.token(c.end())))) return true;

        // an agency named in the line
        int to = Math.min(lineLast, lineFirst + AGENCY_WINDOW);
        for (int i = lineFirst; i < to; i++) {
            var m = lexicon.agencies.longestAt(t.tokens(), i);
            if (m != null && m.end() <= lineLast && m.value().kind() == Kind.AGENCY) return true;
        }

        // the date alone on its line (with a time or punctuation at most)
        for (int i = lineFirst; i < lineLast; i++) {
            if (i >= c.first() && i < c.end()) continue;
            if (t.token(i).isWord()) return false;
        }
        return true;
    }

    private static boolean onlyPunctuationBetween(AnalyzedText t, int from, int to) {
        for (int i = from; i < to; i++) if (!t.token(i).isPunct()) return false;
        return !t.lineBreakBetween(from - 1, to);
    }

    private static boolean isMark(Token tok) {
        return tok.isPunct() && DATELINE_MARKS.indexOf(tok.norm().charAt(0)) >= 0;
    }

    private static boolean hasMark(String s, int from, int to) {
        for (int i = from; i < to; i++) if (DATELINE_MARKS.indexOf(s.charAt(i)) >= 0) return true;
        return false;
    }
}
