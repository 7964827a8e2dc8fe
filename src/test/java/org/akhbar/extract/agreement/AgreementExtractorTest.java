package org.akhbar.extract.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.akhbar.extract.Actor;
import org.akhbar.extract.Agreement;
import org.akhbar.extract.AgreementStatus;
import org.akhbar.extract.Analyses;
import org.akhbar.extract.ArticleAnalysis;
import org.junit.jupiter.api.Test;

class AgreementExtractorTest {

    static List<Agreement> agreements(String text) {
        ArticleAnalysis a = Analyses.of(text);
        Analyses.assertSpansMatch(a);
        return a.agreements();
    }

    static List<String> parties(Agreement g) { return g.parties().stream().map(Actor::labelAr).sorted().toList(); }

    @Test
    void theSubjectOfIttafaqaAreThePartiesAndAlaGivesWhatTheyAgreedOn() {
        List<Agreement> g = agreements("واتفقت واشنطن وبغداد الشهر الماضي، على خطة تتضمن آليات لاستكمال خروج القوات الأجنبية من العراق.");
        assertEquals(1, g.size());
        assertEquals(List.of("العراق", "الولايات المتحدة"), parties(g.get(0)));
        assertTrue(g.get(0).subject().startsWith("خطة تتضمن آليات"));
        assertEquals("2021-06", g.get(0).date().iso());
        assertEquals(AgreementStatus.REACHED, g.get(0).status());
    }

    @Test
    void bothSidesReachingAnAgreementThatProvidesForSomething() {
        List<Agreement> g = agreements("زار رئيس وزراء العراق الولايات المتحدة. وقالت الولايات المتحدة إن العراق شريك. "
                + "كما توصل الجانبان في السابع من نيسان/ابريل الماضي، إلى اتفاق يقضي بإنهاء وجود القوات القتالية.");
        assertEquals(1, g.size());
        assertEquals(2, g.get(0).parties().size());
        assertTrue(g.get(0).subject().startsWith("بإنهاء وجود"), g.get(0).subject());
        assertEquals("2021-04-07", g.get(0).date().iso());
    }

    @Test
    void anAgreementBetweenTwoStates() {
        List<Agreement> g = agreements("وقعت تركيا وقطر اتفاقية للتعاون العسكري بين البلدين.");
        assertEquals(1, g.size());
        assertEquals(List.of("تركيا", "قطر"), parties(g.get(0)));
        assertEquals(AgreementStatus.SIGNED, g.get(0).status());
    }

    @Test
    void demandingToCancelAnAgreementWithAState() {
        List<Agreement> g = agreements("ودعت الحكومة في العراق إلى مراجعة العلاقات. وأصدر البرلمان العراقي قرارا يلزم الحكومة بإلغاء الاتفاقية الأمنية مع الولايات المتحدة. والعراق بلد مستقل.");
        assertEquals(1, g.size(), g.toString());
        assertEquals("الاتفاقية الأمنية", g.get(0).name());
        assertEquals(AgreementStatus.CANCEL_DEMANDED, g.get(0).status());
        assertEquals(List.of("العراق", "الولايات المتحدة"), parties(g.get(0)));
    }

    @Test
    void aNamedAgreementKeepsOneIriAcrossArticlesWithItsLexiconParties() {
        Agreement one = agreements("وأكد العراق والولايات المتحدة التزامهما باتفاقية الإطار الاستراتيجي.").get(0);
        Agreement two = agreements("وجدد الطرفان العراق والولايات المتحدة التأكيد على المبادئ المتفق عليها في اتفاقية الإطار الاستراتيجي.").get(0);
        assertNotNull(one.key());
        assertEquals(one.key(), two.key());
        assertEquals("اتفاقية الإطار الاستراتيجي", one.name());
        assertEquals(2, one.parties().size());
    }

    @Test
    void waqaaMeaningHappenedIsNoAgreement() {
        assertTrue(agreements("وقع انفجار في بغداد أمس وقتل فيه عشرة أشخاص.").isEmpty());
    }

    @Test
    void anAgreementNounWithoutPartiesIsNoAgreement() {
        assertTrue(agreements("وشكرا للجهود المبذولة لبلورة هذه الاتفاقية.").isEmpty());
    }
}
