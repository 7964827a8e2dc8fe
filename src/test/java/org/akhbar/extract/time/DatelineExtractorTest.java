package org.akhbar.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Span;
import org.akhbar.source.Article;
import org.akhbar.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

/** The publication date read from an agency dateline when the metadata has none: only a full date, never a guess. */
class DatelineExtractorTest {
    private final DatelineExtractor dateline = new DatelineExtractor();

    private ArticleAnalysis run(String text, LocalDate published) {
        ArticleAnalysis a = new ArticleAnalysis(new Article("t", null, text, published, null, null, "test"), TextAnalyzer.analyze(text));
        dateline.extract(a);
        return a;
    }

    private void assertDateline(String text, String date, String evidence) {
        ArticleAnalysis a = run(text, null);
        assertEquals(LocalDate.parse(date), a.published(), text);
        Span s = a.publishedEvidence();
        assertEquals(evidence, text.substring(s.begin(), s.end()));
    }

    @Test
    void datelineGivesThePublicationDate() {
        assertDateline("بايدن يعلن انتهاء المهمة\n\n( أردو بوینت نتورك ۔ / سبوتنيك - 27 يوليو 2021ء) أكد الرئيس الأميركي",
                "2021-07-27", "27 يوليو 2021ء");
    }

    @Test
    void agencyDatelinesWithDashesAndBrackets() {
        assertDateline("القاهرة - (رويترز) - 12 مارس 2019 - قالت الحكومة", "2019-03-12", "12 مارس 2019");
        assertDateline("بغداد 5 كانون الثاني (يناير) 2020 (أ ف ب) - قال المتحدث", "2020-01-05", "5 كانون الثاني (يناير) 2020");
        assertDateline("رام الله 7-6-2012 وفا- أعلن اليوم الخميس", "2012-06-07", "7-6-2012");
        assertDateline("الرياض ـ 3 مايو 2020: أعلنت الوزارة", "2020-05-03", "3 مايو 2020");
    }

    @Test
    void aDateAloneOnAnEarlyLineIsTheDateline() {
        assertDateline("عنوان الخبر\nالخميس 26 جويلية 2012\n\nنص الخبر هنا", "2012-07-26", "الخميس 26 جويلية 2012");
        assertDateline("عنوان الخبر\n24/07/2012 21:21:15\nنص الخبر", "2012-07-24", "24/07/2012");
    }

    @Test
    void metadataWins() {
        ArticleAnalysis a = run("القاهرة - (رويترز) - 12 مارس 2019 - قالت الحكومة", LocalDate.parse("2019-03-13"));
        assertEquals(LocalDate.parse("2019-03-13"), a.published());
        assertNull(a.publishedEvidence());
    }

    @Test
    void aDateInsideTheStoryIsNotADateline() {
        assertNull(run("أصدر البرلمان العراقي في الخامس من كانون الثاني/يناير 2020 قرارا يلزم الحكومة", null).published());
        assertNull(run("قال الوزير إن الاتفاق الذي وقع في بغداد بعد مفاوضات طويلة استمرت أشهرا عدة في 27 يوليو 2021 - سيصمد طويلا", null).published());
    }

    @Test
    void anIncompleteDateIsNeverTaken() {
        assertNull(run("القاهرة - (رويترز) - 12 مارس - قالت الحكومة", null).published());
        assertNull(run("القاهرة - (رويترز) - مارس 2019 - قالت الحكومة", null).published());
        assertNull(run("القاهرة - (رويترز) - اليوم الاثنين - قالت الحكومة", null).published());
    }

    @Test
    void aDateFarDownTheArticleIsNotADateline() {
        String text = "سطر\nسطر\nسطر\nسطر\nسطر\nسطر\nسطر\nالقاهرة - 12 مارس 2019 - قالت";
        assertNull(run(text, null).published());
    }

    @Test
    void theEndOfARangeIsNotADateline() {
        assertNull(run("الألعاب الأولمبية (لندن 27 تموز ـ 12 آب 2012 )\nرقمان قياسيان", null).published());
    }
}
