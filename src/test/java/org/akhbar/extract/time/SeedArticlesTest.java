package org.akhbar.extract.time;

import static org.akhbar.extract.time.Dates.f;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.TimeExpression;
import org.akhbar.text.AnalyzedText;
import org.junit.jupiter.api.Test;

/** The dates of the two seed articles, with the values of spec/gold/seeds.json. */
class SeedArticlesTest {

    private static String seed(String name) throws IOException {
        return Files.readString(Path.of("seeds", name));
    }

    @Test
    void bidenKadhimiArticleFromSputnik() throws IOException {
        ArticleAnalysis a = Dates.analyse(seed("000_d370733e592f79a1.txt"), null);
        assertEquals(LocalDate.parse("2021-07-27"), a.published(), "publication date from the dateline");
        assertEquals(List.of(
                f("27 يوليو 2021ء", "2021-07-27"),
                f("اليوم الاثنين", "2021-07-26"),
                f("تشرين الأول/أكتوبر المقبل", "2021-10"),
                f("الأسبوع الماضي", "2021-07-19/2021-07-25"),
                f("الشهر الماضي", "2021-06"),
                f("السابع من نيسان/ابريل الماضي", "2021-04-07"),
                f("الخامس من كانون الثاني/يناير 2020", "2020-01-05")), Dates.found(a));
        assertSpansCoverTheirTokens(a);
    }

    @Test
    void articleWithoutPublicationDateKeepsItsRelativeDatesUnresolved() throws IOException {
        ArticleAnalysis a = Dates.analyse(seed("001_04c9fda605f6e1d2.txt"), null);
        assertEquals(null, a.published());
        assertEquals(List.of(
                f("الأسبوع الماضي", "-"),
                f("نهاية العام الحالي", "-"),
                f("الاثنين", "-"),
                f("بحلول نهاية العام", "-")), Dates.found(a));
        assertSpansCoverTheirTokens(a);
    }

    @Test
    void sameArticleWithAPublicationDateResolvesThem() throws IOException {
        ArticleAnalysis a = Dates.analyse(seed("001_04c9fda605f6e1d2.txt"), LocalDate.parse("2021-07-27"));
        assertEquals(List.of(
                f("الأسبوع الماضي", "2021-07-19/2021-07-25"),
                f("نهاية العام الحالي", "2021-12"),
                f("الاثنين", "2021-07-26"),
                f("بحلول نهاية العام", "2021-12")), Dates.found(a));
    }

    /** Evidence spans start and end on token boundaries (a clitic may be left out of the first token, marks on the last letter kept). */
    static void assertSpansCoverTheirTokens(ArticleAnalysis a) {
        AnalyzedText t = a.text();
        for (TimeExpression e : a.times()) {
            assertTrue(e.firstToken() < e.endToken());
            assertTrue(e.span().begin() >= t.token(e.firstToken()).begin() && e.span().begin() < t.token(e.firstToken()).end(), e.toString());
            int tokenEnd = t.token(e.endToken() - 1).end();
            assertTrue(e.span().end() >= tokenEnd, e.toString());
            // beyond the last token only the marks written on its last letter (غداً، هـ)
            t.substring(tokenEnd, e.span().end()).chars().forEach(c ->
                    assertTrue(c == 0x0640 || (c >= 0x064B && c <= 0x065F) || c == 0x0670, e.toString()));
            String s = t.substring(e.span().begin(), e.span().end());
            assertEquals(s.strip(), s, "no surrounding space: " + s);
        }
    }
}
