package org.akhbar.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.akhbar.extract.Actor;
import org.akhbar.extract.Analyses;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Statement;
import org.akhbar.extract.StatementMode;
import org.junit.jupiter.api.Test;

/** The subject slot of each verb and the discourse state that continuations read. */
class SpeakerStateTest {

    static List<Statement> statements(String text) {
        ArticleAnalysis a = Analyses.of(text);
        Analyses.assertSpansMatch(a);
        return a.statements();
    }

    static List<String> speakers(Statement s) { return s.speakers().stream().map(Actor::labelAr).toList(); }

    static List<String> contents(List<Statement> s) { return s.stream().map(Statement::content).toList(); }

    @Test
    void wadafaContinuesAnOrganisationWhateverTheGenderOfTheVerb() {
        List<Statement> s = statements("أعلن الجيش الأردني أنه أحبط عملية تهريب على الحدود. وأضاف أن القوات تلاحق المهربين.");
        assertEquals(2, s.size());
        assertEquals(speakers(s.get(0)), speakers(s.get(1)));
        List<Statement> f = statements("قالت الرئيسة السلوفاكية زوزانا تشابوتوفا إن بلادها تدعم الحوار. وأضافت أن الحل سياسي.");
        assertEquals(2, f.size());
        assertEquals(List.of("زوزانا تشابوتوفا"), speakers(f.get(1)));
    }

    @Test
    void aGenericSubjectSpeaksForNobodyAndStopsTheContinuation() {
        List<Statement> s = statements("قال وزير الخارجية الأردني أيمن الصفدي إن الحدود آمنة. وقال مصدر أمني إن الدوريات زادت. وأضاف أن الوضع هادئ.");
        assertEquals(1, s.size());
        assertEquals(List.of("أيمن الصفدي"), speakers(s.get(0)));
    }

    @Test
    void aDocumentSubjectContinuesTheSpeakerThatIssuedIt() {
        List<Statement> s = statements("قالت وزارة الخارجية القطرية في بيان إن الوساطة مستمرة. وأضاف البيان أن الطرفين أبديا مرونة.");
        assertEquals(2, s.size());
        assertEquals(speakers(s.get(0)), speakers(s.get(1)));
        assertTrue(statements("وقال التقرير الذي نشر أمس إن الأسعار ارتفعت بشدة.").isEmpty());
    }

    @Test
    void aTitleChainIsHeadedByThePersonNotTheStateInsideIt() {
        List<Statement> s = statements("وقال رئيس جمهورية السنغال ماكي سال إن بلاده ستشارك في القمة.");
        assertEquals(1, s.size());
        assertEquals(List.of("ماكي سال"), speakers(s.get(0)));
    }

    @Test
    void anAddresseeAfterLamIsNeverTheSpeaker() {
        List<Statement> s = statements("وقال مسؤول ليبي لوكالة رويترز إن المحادثات ستستأنف قريبا.");
        assertTrue(s.isEmpty(), "an unnamed official speaks, not the agency he spoke to");
    }

    @Test
    void theSubjectSlotEndsAtACommaRightAfterTheVerb() {
        List<Statement> s = statements("وكان وزير الخارجية السعودي فيصل بن فرحان قال، قبل لقائه أنتوني بلينكن، إن المملكة تريد التهدئة.");
        assertEquals(1, s.size());
        assertEquals(List.of("فيصل بن فرحان"), speakers(s.get(0)));
    }

    @Test
    void aConditionalAfterTheVerbIsContentNotASubject() {
        List<Statement> s = statements("قال الرئيس الفرنسي إيمانويل ماكرون إن الاتحاد متماسك. وقال في خطابه إذا هاجمت روسيا أي حليف فإن الرد سيكون جماعيا.");
        assertEquals(2, s.size());
        assertEquals(List.of("إيمانويل ماكرون"), speakers(s.get(1)));
    }

    @Test
    void aDroppedSubjectGoesToTheSubjectOfTheClauseBeforeEvenWithoutASpeechVerb() {
        List<Statement> s = statements("واستقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء الباكستاني في أنقرة، وأكد أن التعاون بين البلدين يتعزز.");
        assertEquals(1, s.size());
        assertEquals(List.of("رجب طيب أردوغان"), speakers(s.get(0)));
    }

    @Test
    void aCoordinatedSpeechVerbEndsTheContentAndOpensTheNextStatement() {
        List<Statement> s = statements("وأكد الرئيس الفرنسي إيمانويل ماكرون أن باريس تدعم الحكومة الجديدة، وأضاف أن المساعدات ستصل الشهر المقبل.");
        assertEquals(List.of("أن باريس تدعم الحكومة الجديدة", "أن المساعدات ستصل الشهر المقبل"), contents(s));
        assertEquals(List.of("إيمانويل ماكرون"), speakers(s.get(1)));
    }

    @Test
    void aParticipleEndsTheContentEvenWithoutAComma() {
        List<Statement> s = statements("وأكد بايدن أن القوات ستبقى للتدريب مشيرا إلى أن المهمة القتالية انتهت.");
        assertEquals(List.of("أن القوات ستبقى للتدريب", "إلى أن المهمة القتالية انتهت"), contents(s));
    }

    @Test
    void naqalaAnGivesTheSpeechToTheOneQuotedNotToTheAgency() {
        List<Statement> s = statements("ونقلت وكالة الأنباء القطرية عن وزير الخارجية الأردني أيمن الصفدي قوله إن المعابر ستفتح غدا.");
        assertEquals(1, s.size());
        assertEquals(List.of("أيمن الصفدي"), speakers(s.get(0)));
        assertTrue(s.get(0).content().startsWith("إن المعابر"));
    }

    @Test
    void aSpeechMasdarWithItsGenitiveSubjectFramesAStatement() {
        List<Statement> s = statements("جاء ذلك بعد تأكيد الحكومة الأردنية أنها ستفتح المعابر الأسبوع المقبل.");
        assertEquals(1, s.size());
        assertEquals(List.of("الحكومة الأردنية"), speakers(s.get(0)));
        assertEquals("أنها ستفتح المعابر الأسبوع المقبل", s.get(0).content());
    }

    @Test
    void aShortQuotedChannelInTheFrameIsNotTheQuote() {
        List<Statement> s = statements("وقال أردوغان في حديث لقناة \"تي آر تي\"، \"سنواصل عملياتنا حتى تأمين حدودنا بالكامل\".");
        assertEquals(1, s.size());
        assertEquals("سنواصل عملياتنا حتى تأمين حدودنا بالكامل", s.get(0).content());
        assertEquals(StatementMode.DIRECT_QUOTE, s.get(0).mode());
    }

    @Test
    void aRelativePronounGivesTheVerbItsAntecedentAsSubject() {
        List<Statement> s = statements("وبحسب وزير الخارجية الأردني أيمن الصفدي الذي شدد على أن الحل سياسي، فإن المفاوضات مستمرة.");
        assertTrue(s.stream().anyMatch(x -> x.content().startsWith("على أن الحل سياسي") && speakers(x).equals(List.of("أيمن الصفدي"))));
    }

    @Test
    void anHonorificContinuesThePersonJustNamed() {
        List<Statement> s = statements("أكد وزير الداخلية السعودي الأمير عبدالعزيز بن سعود أن الأمن مستقر. ودعا سموه إلى تعزيز التعاون بين الأجهزة.");
        assertEquals(2, s.size());
        assertEquals(speakers(s.get(0)), speakers(s.get(1)));
    }

    @Test
    void unquotedSpeechAfterAColonIsDirect() {
        List<Statement> s = statements("قال بايدن إن التعاون مستمر. وأضاف: إن الشراكة مع العراق ستبقى قوية في السنوات المقبلة.");
        assertEquals(2, s.size());
        assertEquals(StatementMode.DIRECT_QUOTE, s.get(1).mode());
        assertEquals(List.of("جو بايدن"), speakers(s.get(1)));
    }

    @Test
    void accordingToASourceBeforeFainnaDoesNotMakeTheContentsSubjectTheSpeaker() {
        assertTrue(statements("وحسب المصادر فإن الشرطة اللبنانية أوقفت ثلاثة أشخاص.").isEmpty());
    }

    @Test
    void anHonorificPronounGoesToThePersonIntroducedWithThatHonorific() {
        List<Statement> s = statements("استقبل معالي وزير الصحة الدكتور سالم بن علي القحطاني وفد الأطباء بحضور الأمير فهد بن سعد. "
                + "وقال معاليه إن المستشفيات جاهزة.");
        assertEquals(1, s.size());
        assertEquals(List.of("سالم بن علي القحطاني"), speakers(s.get(0)));
    }

    @Test
    void theAntecedentOfARelativeIsThePersonBeforeItsApposition() {
        List<Statement> s = statements("وذلك بحسب سالم بن علي القحطاني، رئيس غرفة تجارة الرياض، الذي أكد أن الصادرات ارتفعت.");
        assertEquals(1, s.size());
        assertEquals(List.of("سالم بن علي القحطاني"), speakers(s.get(0)));
    }

    @Test
    void aRelativeThatDisagreesWithTheVerbIsItsObjectNotItsSubject() {
        List<Statement> s = statements("وأكد الأزهر رفضه للانتهاكات في ميانمار، وجدد إدانته للحملة التي قال إنها تستهدف المدنيين.");
        assertTrue(s.stream().noneMatch(x -> speakers(x).contains("ميانمار")));
    }

    @Test
    void nawwahaTakesANounPhraseWithBa() {
        List<Statement> s = statements("ونوه الرئيس الفرنسي إيمانويل ماكرون بعمق العلاقات بين باريس والرباط.");
        assertEquals(1, s.size());
        assertEquals("بعمق العلاقات بين باريس والرباط", s.get(0).content());
    }

    @Test
    void aShortQuotedNameInsideTheSubjectIsReadThrough() {
        List<Statement> s = statements("وذكرت وكالة أنباء \"إرنا\" الإيرانية أن الوفد سيصل غدا إلى مسقط.");
        assertEquals(1, s.size());
        assertEquals(1, s.get(0).speakers().size());
    }

    @Test
    void ilaAnEndsTheSubjectSlotSoActorsInTheContentDoNotSpeak() {
        List<Statement> s = statements("قال وزير الخارجية الأردني أيمن الصفدي إن الحدود آمنة. ونوه إلى أن الشركات السعودية العاملة في عمان زادت.");
        assertEquals(2, s.size());
        assertEquals(List.of("أيمن الصفدي"), speakers(s.get(1)));
    }

    @Test
    void aVerbWithHamzaOnItsAlefIsNotADefiniteNounAndGivesItsClauseSubject() {
        // «ألح» normalises to «الح»: still a verb whose subject the participle after it continues
        List<Statement> s = statements("وكان البنك المركزي قد أكد أن العجز كبير. وألح وزير المالية كريم جودي على ترشيد النفقات موضحا أن الاستثمار لن يتأثر.");
        Statement last = s.stream().filter(x -> x.content().startsWith("أن الاستثمار")).findFirst().orElseThrow();
        assertEquals(List.of("كريم جودي"), speakers(last));
    }

    @Test
    void aRelativeClauseEndsTheSubjectSlot() {
        List<Statement> s = statements("قال وزير الخارجية الألماني فرانك فالتر شتاينماير إن الحل سياسي. وأعرب عن أمله في المرونة التي تبديها موسكو تجاه المطالب.");
        assertEquals(2, s.size());
        assertEquals(List.of("فرانك فالتر شتاينماير"), speakers(s.get(1)));
    }

    @Test
    void anOrganisationInsideATitleChainGivesWayToThePersonNamedAtItsEnd() {
        List<Statement> s = statements("من جانبه قال زعيم «حزب الله» اللبناني حسن نصر الله امس السبت إن الحزب يثق في الدعم الإيراني.");
        assertEquals(1, s.size());
        assertEquals(List.of("حسن نصر الله"), speakers(s.get(0)));
    }

    @Test
    void aRoleThatNamesNoKnownActorIsSomeoneElseAndDoesNotContinueTheLastSpeaker() {
        List<Statement> s = statements("قال وزير الخارجية الأردني أيمن الصفدي إن الحدود آمنة. وأوضح المدير التنفيذي للشركة الوطنية أن الأرباح تراجعت.");
        assertEquals(1, s.size());
        assertEquals(List.of("أيمن الصفدي"), speakers(s.get(0)));
        // a bare title that points back still continues
        assertEquals(2, statements("قال وزير الخارجية الأردني أيمن الصفدي إن الحدود آمنة. وأضاف الوزير أن الوضع هادئ.").size());
    }

    @Test
    void aNonSpeechVerbAfterAFrontedAdverbialGivesItsSubjectToTheParticipleAfterIt() {
        List<Statement> s = statements("قال الرئيس الأمريكي باراك أوباما إن الانتخابات تاريخية. وفي السياق، هنأت وزيرة الخارجية هيلاري كلينتون الليبيين، مؤكدة أن واشنطن مستعدة للمساعدة.");
        Statement last = s.stream().filter(x -> x.content().startsWith("أن واشنطن")).findFirst().orElseThrow();
        assertEquals(List.of("هيلاري كلينتون"), speakers(last));
    }
}
