package org.akhbar.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.akhbar.extract.Actor;
import org.akhbar.extract.Analyses;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Statement;
import org.junit.jupiter.api.Test;

/** Frames of Arabic reporting beyond «قال X إن»: participles with prepositions, addressees, settings. */
class ReportingFramesTest {

    static List<Statement> statements(String text) {
        ArticleAnalysis a = Analyses.of(text);
        Analyses.assertSpansMatch(a);
        return a.statements();
    }

    static Statement withContent(List<Statement> s, String start) {
        return s.stream().filter(x -> x.content().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement starting «" + start + "» in " + s.stream().map(Statement::content).toList()));
    }

    static List<String> speakers(Statement s) { return s.speakers().stream().map(Actor::labelAr).toList(); }

    @Test
    void aParticipleWithThePrepositionOfItsVerbContinuesTheSpeaker() {
        List<Statement> s = statements("قال الرئيس الأمريكي باراك أوباما إن الانتخابات تاريخية، محذرا من تحديات صعبة تواجه البلاد.");
        assertEquals(List.of("باراك أوباما"), speakers(withContent(s, "من تحديات صعبة")));
        List<Statement> f = statements("قالت وزيرة الخارجية هيلاري كلينتون إن الإصلاح مستمر، مشددة على ضرورة التنسيق بين الوزارات.");
        assertEquals(List.of("هيلاري كلينتون"), speakers(withContent(f, "على ضرورة التنسيق")));
    }

    @Test
    void anAmbiguousParticipleAfterACommaTakesBa() {
        // مشيدة is also «built»: after a comma and before بـ it reports
        List<Statement> s = statements("قالت المفوضة الأوروبية أورسولا فون دير لاين إن الانتخابات نزيهة، مشيدة بجو الحرية الذي جرت فيه.");
        assertEquals(List.of("أورسولا فون دير لاين"), speakers(withContent(s, "بجو الحرية")));
    }

    @Test
    void theAddresseeOfDaaIsNotPartOfTheContent() {
        List<Statement> s = statements("ودعا الرئيس الفلسطيني محمود عباس المجتمع الدولي إلى التدخل لوقف الاستيطان.");
        assertEquals(1, s.size());
        assertEquals("إلى التدخل لوقف الاستيطان", s.get(0).content());
        assertEquals(List.of("محمود عباس"), speakers(s.get(0)));
        List<Statement> p = statements("قال السفير محمد الغامدي إن اللجان تعمل، داعياً جميع المقيمين الراغبين في تصحيح أوضاعهم إلى الالتزام بالمواعيد.");
        assertEquals(List.of("محمد الغامدي"), speakers(withContent(p, "إلى الالتزام بالمواعيد")));
        List<Statement> an = statements("وأكد الأمير خالد الفيصل أن المنطقة آمنة، داعيا المولى عز وجل أن يحفظ البلاد.");
        assertEquals(List.of("خالد الفيصل"), speakers(withContent(an, "أن يحفظ البلاد")));
    }

    @Test
    void aStateAfterAPrepositionalObjectIsItsGenitiveNotTheSubject() {
        List<Statement> s = statements("قال وزير الخارجية الأردني أيمن الصفدي إن الحدود آمنة. وشدد على حرص الأردن على أمن سوريا.");
        assertEquals(List.of("أيمن الصفدي"), speakers(withContent(s, "على حرص الأردن")));
    }

    @Test
    void aGenericNounHeadingATitleChainWithANameIsThatPerson() {
        List<Statement> s = statements("وقالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني إن الاتفاق تاريخي.");
        assertEquals(1, s.size());
        assertEquals(List.of("فيديريكا موغيريني"), speakers(s.get(0)));
        // a person inside a prepositional phrase is not the source
        assertTrue(statements("وقال مصدر مقرب من الرئيس محمد مرسي إن الاجتماع تأجل.").isEmpty());
    }

    @Test
    void jaaDhalikaDatesTheStatementsOfTheSentenceBeforeIt() {
        ArticleAnalysis a = Analyses.of("أكد وزير الداخلية عبد الله العلي أن الأمن مستتب في البلاد. جاء ذلك خلال اجتماعه مع قادة الأجهزة مساء أمس.",
                LocalDate.of(2015, 8, 9));
        List<Statement> s = a.statements();
        assertEquals(1, s.size());
        assertEquals(LocalDate.of(2015, 8, 8), s.get(0).date().firstDay());
    }

    @Test
    void aParticipleAfterACommaMayTakeANounPhrase() {
        List<Statement> s = statements("وقالت وزيرة الخارجية هيلاري كلينتون إن الانتخابات مهمة، مجددة استعداد واشنطن لمساعدة ليبيا.");
        assertEquals(List.of("هيلاري كلينتون"), speakers(withContent(s, "استعداد واشنطن")));
        assertEquals("إن الانتخابات مهمة", withContent(s, "إن").content());
    }

    @Test
    void wasafaTakesItsObjectAndWhatItIsCalledAsContent() {
        List<Statement> s = statements("ووصف الرئيس الأمريكي باراك أوباما الانتخابات بالتاريخية.");
        assertEquals(1, s.size());
        assertEquals("الانتخابات بالتاريخية", s.get(0).content());
    }

    @Test
    void tamannaReportsAWish() {
        List<Statement> s = statements("وتمنى الرئيس الأمريكي باراك أوباما أن يفوز المنتخب باللقب.");
        assertEquals(1, s.size());
        assertEquals("أن يفوز المنتخب باللقب", s.get(0).content());
    }

    @Test
    void anAmbiguousVerbWithAnHonorificSubjectIsAVerbEvenAfterANoun() {
        // «بين» is also «between»: with «معاليه» after it, it can only be «explained»
        List<Statement> s = statements("رفع معالي رئيس الهيئة الدكتور بندر العيبان التهنئة للقيادة في كل أمورها وبين معاليه أن الإنجاز كبير.");
        assertEquals(1, speakers(withContent(s, "أن الإنجاز كبير")).size());
    }

    @Test
    void aCommaLostAsAQuestionMarkStillEndsTheSubjectAndNotTheSentence() {
        List<Statement> s = statements("أعلن جون فيليب كورتوا رئيس ميكروسوفت الدولية? أن النظام الجديد سيدعم اللغة.");
        assertEquals(1, s.size());
        assertEquals("أن النظام الجديد سيدعم اللغة", s.get(0).content());
    }

    @Test
    void aPlaceBetweenTheSubjectAndANounPhraseContentIsSkipped() {
        List<Statement> s = statements("أعلن المجلس الرئاسي الليبي في طرابلس حالة الطوارئ.");
        assertEquals(1, s.size());
        assertEquals("حالة الطوارئ", s.get(0).content());
        // a channel is not a place: «في بيان» is skipped as a channel, not taken for the content
        assertTrue(statements("أعلن المجلس الرئاسي الليبي في بيان الحداد.").stream().noneMatch(x -> x.content().startsWith("بيان")));
    }

    @Test
    void itibaraAndWasafaSayWhatTheirObjectIs() {
        List<Statement> s = statements("فقد اعتبر الرئيس الأميركي باراك أوباما تنظيم أول انتخابات حرة في ليبيا \"خطوة مهمة\" في انتقال البلاد.");
        assertEquals(1, s.size());
        assertTrue(s.get(0).content().startsWith("تنظيم أول انتخابات حرة"), s.get(0).content());
        List<Statement> w = statements("ووصفت وزيرة الخارجية هيلاري كلينتون الانتخابات التي شهدتها ليبيا بأنها \"تاريخية\".");
        assertEquals(1, w.size());
        assertTrue(w.get(0).content().startsWith("الانتخابات التي شهدتها ليبيا بأنها"), w.get(0).content());
    }
}
