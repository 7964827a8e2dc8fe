package org.akhbar.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.akhbar.extract.Actor;
import org.akhbar.extract.Analyses;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Statement;
import org.akhbar.extract.StatementMode;
import org.junit.jupiter.api.Test;

class StatementExtractorTest {

    static List<Statement> statements(String text) {
        ArticleAnalysis a = Analyses.of(text);
        Analyses.assertSpansMatch(a);
        return a.statements();
    }

    static List<String> speakers(Statement s) { return s.speakers().stream().map(Actor::labelAr).toList(); }

    @Test
    void reportedSpeechWithAnRunsFromTheComplementToTheEndOfTheClause() {
        List<Statement> s = statements("أكد الرئيس الأميركي جو بايدن، اليوم الاثنين، أن القوات ستبقى في العراق للتدريب.");
        assertEquals(1, s.size());
        assertEquals("أن القوات ستبقى في العراق للتدريب", s.get(0).content());
        assertEquals(StatementMode.REPORTED_SPEECH, s.get(0).mode());
        assertEquals(List.of("جو بايدن"), speakers(s.get(0)));
        assertEquals("أكد", s.get(0).speechVerb());
        assertEquals("2021-07-26", s.get(0).date().iso());
    }

    @Test
    void aDateAfterPublicationInTheFrameIsNotWhenTheStatementWasMade() {
        List<Statement> s = statements("وتتوقع الدراسة ارتفاع الحرارة بحلول عام 2050، وأوضح بايدن أن الموارد الطبيعية أكثر هشاشة.");
        assertEquals(1, s.size());
        assertEquals(List.of("جو بايدن"), speakers(s.get(0)));
        assertNull(s.get(0).date());
    }

    @Test
    void directQuoteAfterAVerbAndAPrepositionalPhrase() {
        List<Statement> s = statements("وقال بايدن خلال لقائه رئيس الوزراء العراقي مصطفى الكاظمي بالبيت الأبيض \"الدور الأميركي سيتركز على التدريب\".");
        assertEquals(1, s.size());
        assertEquals("الدور الأميركي سيتركز على التدريب", s.get(0).content());
        assertEquals(StatementMode.DIRECT_QUOTE, s.get(0).mode());
        assertEquals(List.of("جو بايدن"), speakers(s.get(0)));
    }

    @Test
    void aParticipleContinuesTheSpeakerWithAQuote() {
        List<Statement> s = statements("وأكد بايدن \"ملتزمون بالتعاون الأمني مع الحكومة العراقية\"، موضحا \"لن نقوم بأي مهمات قتالية في العراق\".");
        assertEquals(2, s.size());
        assertEquals("لن نقوم بأي مهمات قتالية في العراق", s.get(1).content());
        assertEquals("موضحا", s.get(1).speechVerb());
        assertEquals(List.of("جو بايدن"), speakers(s.get(1)));
    }

    @Test
    void reportedSpeechContinuesTheLastSpeakerAfterWaAdafa() {
        List<Statement> s = statements("وأكد الرئيس الأميركي جو بايدن أن التعاون مستمر. وأضاف أيضاً أن الولايات المتحدة سترسل لقاحات إلى العراق.");
        assertEquals(2, s.size());
        assertEquals(List.of("جو بايدن"), speakers(s.get(1)));
        assertEquals("أن الولايات المتحدة سترسل لقاحات إلى العراق", s.get(1).content());
    }

    @Test
    void aColonAndGuillemetsAfterTheVerbMakeADirectQuoteEvenWhenTheyAreMismatched() {
        List<Statement> s = statements("وقال مقتدى الصدر في بيان صحافي: «شكرا للمقاومة العراقية الوطنية فها هو الاحتلال يعلن الانسحاب». وتابع: »ننتظر السيادة والهيبة«.");
        assertEquals(2, s.size(), s.toString());
        assertEquals("شكرا للمقاومة العراقية الوطنية فها هو الاحتلال يعلن الانسحاب", s.get(0).content());
        assertEquals("ننتظر السيادة والهيبة", s.get(1).content());
        assertEquals(List.of("مقتدى الصدر"), speakers(s.get(1)));
    }

    @Test
    void aHeadlineWithAColonQuotesTheActorBeforeIt() {
        List<Statement> s = statements("بايدن: التعاون في محاربة الإرهاب مع العراق سيستمر\nنص الخبر.");
        assertEquals(1, s.size());
        assertEquals(StatementMode.DIRECT_QUOTE, s.get(0).mode());
        assertNull(s.get(0).speechVerb());
    }

    @Test
    void aNounPhraseCanBeTheReportedContentOfAkkada() {
        List<Statement> s = statements("وأكد بايدن التزام إدارته بتعزيز الشراكة مع العراق.");
        assertEquals("التزام إدارته بتعزيز الشراكة مع العراق", s.get(0).content());
    }

    @Test
    void ilaAnAfterTheVerbOpensTheContent() {
        List<Statement> s = statements("وأشار بايدن خلال اللقاء في البيت الأبيض، إلى أن الدور الأميركي سيتمثل في التدريب.");
        assertEquals("إلى أن الدور الأميركي سيتمثل في التدريب", s.get(0).content());
    }

    @Test
    void anOrganisationOrAStateCanSpeak() {
        List<Statement> s = statements("وجددت الحكومة العراقية التزامها بحماية أفراد التحالف الدولي. وأكدت الولايات المتحدة من جديد احترامها لسيادة العراق.");
        assertEquals(List.of("الحكومة العراقية"), speakers(s.get(0)));
        assertEquals(List.of("الولايات المتحدة"), speakers(s.get(1)));
    }

    @Test
    void bothSidesAreTheTwoStatesOfTheArticle() {
        List<Statement> s = statements("التقى الرئيس الأميركي جو بايدن في واشنطن رئيس الوزراء العراقي. وتعاون العراق مع الولايات المتحدة قديم. "
                + "وأكد الجانبان، أن «القواعد في العراق عراقية تدار وفق القوانين العراقية».");
        Statement last = s.get(s.size() - 1);
        assertEquals(2, last.speakers().size(), last.toString());
        assertTrue(speakers(last).containsAll(List.of("العراق", "الولايات المتحدة")));
        assertEquals(StatementMode.DIRECT_QUOTE, last.mode());
    }

    @Test
    void aJointStatementIsSpokenByBothStates() {
        List<Statement> s = statements("زار رئيس العراق الولايات المتحدة. وبحسب البيان المشترك الصادر عن الدولتين، فإن «المناقشات ركزت على تعزيز الشراكة الاستراتيجية طويلة المدى».");
        Statement last = s.get(s.size() - 1);
        assertEquals(2, last.speakers().size());
        assertTrue(last.content().startsWith("المناقشات ركزت"));
    }

    @Test
    void minJihatihiNamesItsSpeaker() {
        List<Statement> s = statements("من جهته قال مصطفى الكاظمي \"يسعدني استمرار التعاون بين واشنطن وبغداد\".");
        assertEquals(List.of("مصطفى الكاظمي"), speakers(s.get(0)));
    }

    @Test
    void scareQuotesAreNotStatements() {
        List<Statement> s = statements("بايدن يعلن انتهاء \"المهمة القتالية\" للقوات الأميركية في العراق. وحاربت القوات تنظيم «داعش» هناك.");
        assertTrue(s.stream().noneMatch(x -> x.content().equals("المهمة القتالية") || x.content().equals("داعش")), s.toString());
    }

    @Test
    void theNarratorsYudhkaruAnIsNotAStatement() {
        List<Statement> s = statements("يذكر أن البرلمان العراقي أصدر قرارا بإلغاء الاتفاقية.");
        assertTrue(s.isEmpty(), s.toString());
    }

    @Test
    void aFeminineVerbDoesNotContinueAMaleSpeakerWhenItHasASubjectOfItsOwn() {
        List<Statement> s = statements("وأكد بايدن أن التعاون مستمر. يذكر أن وسائل الإعلام أفادت بأن الخطة ستعلن قريبا.");
        assertEquals(1, s.size(), s.toString());
    }

    @Test
    void proDropContinuationCarriesAcrossSentences() {
        List<Statement> s = statements("وقال مقتدى الصدر إن الانسحاب انتصار. وأضاف: «شكرا للجهود المبذولة لبلورة هذه الاتفاقية». وختم بيانه قائلاً: «العراق نحو الاستقلال».");
        assertEquals(3, s.size(), s.toString());
        for (Statement x : s) assertEquals(List.of("مقتدى الصدر"), speakers(x));
    }

    @Test
    void actorsInsideTheContentAreWhatItIsAbout() {
        List<Statement> s = statements("وأكد بايدن أن الولايات المتحدة ستدعم العراق.");
        assertTrue(s.get(0).about().stream().map(Actor::labelAr).toList().containsAll(List.of("الولايات المتحدة", "العراق")));
    }
}
