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

    // ---- issue 16: triggers, parties, subject, failure

    static Agreement only(List<Agreement> g) {
        assertEquals(1, g.size(), g.toString());
        return g.get(0);
    }

    @Test
    void aDualVerbAfterItsSubjectsMakesThemTheParties() {
        Agreement g = only(agreements("وذكرت الوكالة أن الكويت والبحرين وافقتا على إنشاء منطقة تجارة حرة بينهما."));
        assertEquals(List.of("البحرين", "الكويت"), parties(g));
        assertTrue(g.subject().startsWith("إنشاء منطقة تجارة حرة"), g.subject());
        assertEquals(AgreementStatus.REACHED, g.status());
    }

    @Test
    void aWawWrittenApartStillJoinsTheParties() {
        Agreement g = only(agreements("وقال المتحدث إن تونس و المغرب اتفقتا على فتح الحدود البرية."));
        assertEquals(List.of("المغرب", "تونس"), parties(g));
        assertTrue(g.subject().startsWith("فتح الحدود"), g.subject());
    }

    @Test
    void aSecondPartyAfterATitleIsCoordinated() {
        Agreement g = only(agreements("والتقى الرئيس السوداني عمر البشير وزعيم حزب الأمة الصادق المهدي لبحث اتفاق سلام شامل."));
        assertEquals(List.of("الصادق المهدي", "عمر البشير"), parties(g));
    }

    @Test
    void countriesListedInsideTheClauseAreNoParties() {
        assertTrue(agreements("وزار الوزير عواصم تشمل الأردن ولبنان والعراق لبحث تنفيذ اتفاق الهدنة.").isEmpty());
    }

    @Test
    void aFailedOrNegatedAttemptIsNoAgreement() {
        assertTrue(agreements("وأخفقت تركيا واليونان في التوصل إلى اتفاق بشأن الجرف القاري.").isEmpty());
        assertTrue(agreements("ولم تتفق روسيا وأوكرانيا على وقف إطلاق النار.").isEmpty());
        assertTrue(agreements("وقالت الصين واليابان إنهما ستواصلان المحادثات سواء تم التوصل إلى اتفاق أم لا.").isEmpty());
    }

    @Test
    void theSubjectStartsAtTheAgreementsOwnPrepositionNotAtAnAdverbial() {
        Agreement g = only(agreements("وتوصلت الكويت والعراق إلى اتفاق على هامش القمة بشأن ترسيم الحدود البحرية."));
        assertTrue(g.subject().startsWith("ترسيم الحدود البحرية"), g.subject());
    }

    @Test
    void aRelativeClauseNamesTheDealsPartiesAndACollectiveSideBecomesAnActor() {
        ArticleAnalysis a = Analyses.of("وانتقد الوزير الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى في فيينا.");
        Analyses.assertSpansMatch(a);
        Agreement g = only(a.agreements());
        assertEquals("named/jcpoa", g.key());
        assertTrue(parties(g).contains("إيران"), parties(g).toString());
        assertTrue(parties(g).contains("القوى العالمية"), parties(g).toString());
        assertTrue(g.subject().startsWith("الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى"), g.subject());
        assertTrue(a.actors().stream().anyMatch(x -> x.key().equals("org:world-powers") && x.altLabels().contains("القوى الكبرى")));
    }

    @Test
    void theNuclearDealWithoutIranIsNoJcpoa() {
        assertTrue(agreements("وقالت كوريا الجنوبية واليابان إن الاتفاق النووي بينهما يخدم السلام.").stream()
                .noneMatch(g -> "named/jcpoa".equals(g.key())));
    }

    @Test
    void anImpersonalAgreementTakesThePartiesOfTheOneBefore() {
        List<Agreement> g = agreements("واتفقت السعودية والإمارات على تعزيز التعاون العسكري، أما الخلافات الحدودية فقد تم الاتفاق على إحالتها إلى لجنة مشتركة.");
        assertEquals(2, g.size(), g.toString());
        assertTrue(g.get(0).subject().startsWith("تعزيز التعاون العسكري"), g.get(0).subject());
        assertTrue(g.get(1).subject().startsWith("إحالتها إلى لجنة"), g.get(1).subject());
        assertEquals(parties(g.get(0)), parties(g.get(1)));
    }

    @Test
    void membersOfAnOrganisationAgreeAmongThemselves() {
        Agreement g = only(agreements("وقالت المصادر إن الدول الأعضاء في منظمة أوبك قد اتفقوا على خفض الإنتاج."));
        assertEquals(1, g.parties().size());
        assertEquals("منظمة البلدان المصدرة للنفط", g.parties().get(0).labelAr());
    }

    @Test
    void acceptingAProposalIsAnAgreementWithTheProposer() {
        Agreement g = only(agreements("ووافقت مصر على اقتراح السودان بتشكيل لجنة فنية لإدارة المياه."));
        assertEquals(List.of("السودان", "مصر"), parties(g));
    }

    @Test
    void especiallyKeepsThePartiesOfTheAgreementsJustNamed() {
        List<Agreement> g = agreements("وبحث الجانبان الأردني والعراقي، وأكد أن الأردن والعراق سيعملان على تفعيل الاتفاقيات التي تم توقيعها، لا سيما اتفاقية النقل البري.");
        assertEquals(2, g.size(), g.toString());
        assertEquals(List.of("الأردن", "العراق"), parties(g.get(0)));
        assertEquals(parties(g.get(0)), parties(g.get(1)));
    }

    @Test
    void rejectingAnAgreementGivesStatusRejected() {
        Agreement g = only(agreements("ورفضت حركة حماس الاتفاق الذي وقعته إسرائيل ومصر."));
        assertEquals(AgreementStatus.REJECTED, g.status());
        assertTrue(parties(g).containsAll(List.of("إسرائيل", "مصر")), parties(g).toString());
    }

    @Test
    void anAgreementIsDatedByItsOwnFrameNotByADateInItsContent() {
        Agreement g = only(agreements("واتفقت الأردن والعراق أمس على إحياء خط أنابيب النفط الذي توقف عام 1990."));
        assertEquals("2021-07-26", g.date().iso());
    }

    @Test
    void withAStateAndNoAgentNoPartyIsGuessed() {
        assertTrue(agreements("وزار رئيس مالي فرنسا. وتعمل الشركة في المنطقة بموجب اتفاق مع النيجر.").isEmpty());
    }

    @Test
    void bothSidesNamedByNisbaAdjectivesAreTheStates() {
        ArticleAnalysis a = Analyses.of("وناقش الوفد تفعيل اتفاقية النقل التي تم توقيعها بين الجانبين الأردني والسوري.");
        Analyses.assertSpansMatch(a);
        Agreement g = only(a.agreements());
        assertEquals(List.of("الأردن", "سوريا"), parties(g));
        assertEquals("اتفاقية النقل", g.name(), "a construct with a definite genitive names the agreement");
        assertEquals(AgreementStatus.SIGNED, g.status());
        assertTrue(a.mentions().stream().anyMatch(m -> m.actor().labelAr().equals("سوريا")), "the state becomes an actor with its mention");
        Agreement v = only(agreements("ووقع الجانبان الأمريكي والعراقي اتفاقية لتبادل المعلومات الأمنية."));
        assertEquals(List.of("العراق", "الولايات المتحدة"), parties(v));
    }

    @Test
    void aContractRenewalIsAnAgreementWithThePerson() {
        Agreement g = only(agreements("وجدد الاتحاد الدولي لكرة القدم عقد المدرب محمد عبد الله حتى عام 2022."));
        assertEquals(2, g.parties().size(), g.toString());
        assertTrue(g.subject().startsWith("عقد المدرب محمد عبد الله حتى عام 2022"), g.subject());
    }

    @Test
    void aTransferNeedsAPersonAndAnOrganisation() {
        Agreement g = only(agreements("وأعلن المتحدث انتقال اللاعب محمد عبد الله إلى الاتحاد الدولي لكرة القدم بنظام الإعارة."));
        assertEquals(2, g.parties().size(), g.toString());
        assertTrue(agreements("وبحث الجانبان انتقال السلطة إلى حكومة مدنية في السودان.").isEmpty());
    }
}
