package org.akhbar.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ActorClass;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.Analyses;
import org.akhbar.extract.ArticleAnalysis;
import org.junit.jupiter.api.Test;

class ActorExtractorTest {

    static Actor actorNamed(ArticleAnalysis a, String label) {
        return a.actors().stream().filter(x -> x.labelAr().equals(label) || x.altLabels().contains(label)).findFirst().orElse(null);
    }

    static List<String> surfaces(ArticleAnalysis a, Actor actor) {
        String t = a.article().text();
        return a.mentions().stream().filter(m -> m.actor() == actor).map(m -> t.substring(m.span().begin(), m.span().end())).toList();
    }

    @Test
    void gazetteerNamesAreFoundWithTheirCliticsLeftOutOfTheSpan() {
        ArticleAnalysis a = Analyses.of("وأكدت وزارة الدفاع أن التعاون مع العراق وبالعراق مستمر، وللعراق حق.");
        Actor iraq = actorNamed(a, "العراق");
        assertNotNull(iraq);
        assertEquals(ActorClass.COUNTRY, iraq.actorClass());
        assertEquals(List.of("العراق", "العراق", "لعراق"), surfaces(a, iraq));
        assertEquals("Q796", iraq.wikidata());
        Analyses.assertSpansMatch(a);
    }

    @Test
    void aStateIsOneActorWhateverItsSpelling() {
        ArticleAnalysis a = Analyses.of("قالت الولايات المتحدة الأمريكية إن أميركا لن تنسحب، وأكدت واشنطن ذلك.");
        long states = a.actors().stream().filter(x -> x.actorClass() == ActorClass.COUNTRY).count();
        assertEquals(1, states);
        assertEquals("Q30", a.actors().iterator().next().wikidata());
    }

    @Test
    void capitalsActingAreTheirStatesButCapitalsAsPlacesAreNot() {
        ArticleAnalysis acting = Analyses.of("واتفقت واشنطن وبغداد على خطة للانسحاب.");
        assertNotNull(actorNamed(acting, "الولايات المتحدة"));
        assertNotNull(actorNamed(acting, "العراق"));
        ArticleAnalysis place = Analyses.of("التقى الوزير نظيره في واشنطن أمس.");
        assertNull(actorNamed(place, "الولايات المتحدة"));
    }

    @Test
    void aStateNamedOnlyAsAPlaceIsNotAnActor() {
        ArticleAnalysis a = Analyses.of("وهو تنظيم محظور في روسيا.");
        assertNull(actorNamed(a, "روسيا"));
    }

    @Test
    void nisbaFormsBuildOrganisationsThatMeetAcrossPhrasings() {
        ArticleAnalysis a = Analyses.of("وجددت الحكومة العراقية التزامها. كما أكدت حكومة العراق من جديد موقفها.");
        List<Actor> govs = a.actors().stream().filter(x -> x.actorClass() == ActorClass.ORGANIZATION).toList();
        assertEquals(1, govs.size(), govs.toString());
        assertEquals("الحكومة العراقية", govs.get(0).labelAr());
        assertEquals(2, surfaces(a, govs.get(0)).size());
    }

    @Test
    void anOrganisationHeadWithoutWhoseItIsIsNoActor() {
        ArticleAnalysis a = Analyses.of("وطالب بخروج القوات الأجنبية وتنظيم الانتخابات.");
        assertTrue(a.actors().isEmpty(), a.actors().toString());
    }

    @Test
    void aSurnameAloneRefersToTheFullNameSeenBefore() {
        ArticleAnalysis a = Analyses.of("أكد الرئيس الأميركي جو بايدن أن التعاون مستمر. وقال بايدن إن العراق شريك.");
        Actor biden = actorNamed(a, "جو بايدن");
        assertEquals(List.of("جو بايدن", "بايدن"), surfaces(a, biden));
        assertEquals("Q6279", biden.wikidata());
        assertTrue(biden.roles().contains("الرئيس الأميركي"), biden.roles().toString());
    }

    @Test
    void aMisspeltFirstNameBeforeAKnownSurnameIsTheSamePerson() {
        ArticleAnalysis a = Analyses.of("وقال الرئيس الأميركي جون بايدن إن بلاده ملتزمة.");
        Actor biden = actorNamed(a, "جو بايدن");
        assertNotNull(biden);
        assertTrue(biden.altLabels().contains("جون بايدن"));
        assertEquals(1, a.actors().stream().filter(x -> x.actorClass() == ActorClass.PERSON).count());
    }

    @Test
    void anUnknownNameAfterATitleIsAPersonWithThatRole() {
        ArticleAnalysis a = Analyses.of("وقال وزير الخارجية الفنلندي يوكا سالونين إن المحادثات مثمرة.");
        Actor p = actorNamed(a, "يوكا سالونين");
        assertNotNull(p, a.actors().toString());
        assertEquals(ActorClass.PERSON, p.actorClass());
        assertTrue(p.roles().stream().anyMatch(r -> r.startsWith("وزير الخارجية")), p.roles().toString());
    }

    @Test
    void anAppositionAfterATitleNamesThePerson() {
        ArticleAnalysis a = Analyses.of("وأكد رجل الدين، حامد الكربلائي، أن الوضع مستقر.");
        assertNotNull(actorNamed(a, "حامد الكربلائي"), a.actors().toString());
    }

    @Test
    void aTitleAloneRefersToThePersonNamedWithItBefore() {
        ArticleAnalysis a = Analyses.of("استقبل رئيس الحكومة العراقية مصطفى الكاظمي الوفد. وأشار رئيس الحكومة العراقية إلى أهمية اللقاء.");
        Actor k = actorNamed(a, "مصطفى الكاظمي");
        List<ActorMention> ms = a.mentions().stream().filter(m -> m.actor() == k).toList();
        assertEquals(2, ms.size());
        assertEquals(ActorMention.Kind.TITLE, ms.get(1).kind());
    }

    @Test
    void aStateAfterADefiniteNounWithPossessiveLamIsActedUponNotAPlace() {
        ArticleAnalysis a = Analyses.of("وأدان الوزير الدور التخريبي لإيران في المنطقة.");
        assertEquals(List.of("Country"), a.actors().stream().map(x -> x.actorClass() == ActorClass.COUNTRY ? "Country" : "other").toList());
        // after a verb or an indefinite noun, ل still marks where to: «توجه لمصر» names no actor
        assertTrue(Analyses.of("وتوجه الوفد لمصر صباح اليوم.").actors().stream().noneMatch(x -> x.actorClass() == ActorClass.COUNTRY));
    }

    @Test
    void armedGroupsAreOneActorUnderTheirVariants() {
        ArticleAnalysis a = Analyses.of("هاجم تنظيم داعش القرية، وقال مسؤول إن تنظيم «داعش» تبنى الهجوم وإن الدولة الإسلامية تراجعت.");
        List<Actor> orgs = a.actors().stream().filter(x -> x.actorClass() == ActorClass.ORGANIZATION).toList();
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals("Q2429253", orgs.get(0).wikidata());
    }

    @Test
    void anActorKnownOnlyFromTheTextHasOneLabelWhateverTheArticlesSpelling() {
        Actor a1 = Analyses.of("وقالت قوات أمريكية إنها انسحبت.").actors().iterator().next();
        Actor a2 = Analyses.of("وأعلنت القوات الأمريكية الانسحاب.").actors().iterator().next();
        assertEquals(a1.key(), a2.key());
        assertEquals(a1.labelAr(), a2.labelAr());
        assertEquals("القوات الاميركية", a1.labelAr()); // the first nisba spelling in the gazetteer
        Actor p1 = actorNamed(Analyses.of("وقال المدرب أحمد الشناوى إن الفريق جاهز."), "احمد الشناوي");
        Actor p2 = actorNamed(Analyses.of("وقال المدرب أحمد الشناوي إن الفريق جاهز."), "احمد الشناوي");
        assertNotNull(p1);
        assertEquals(p1.key(), p2.key());
        assertEquals(p1.labelAr(), p2.labelAr());
    }

    @Test
    void actorKeysAreTheSameInEveryArticle() {
        Actor one = actorNamed(Analyses.of("وجددت الحكومة العراقية التزامها."), "الحكومة العراقية");
        Actor two = actorNamed(Analyses.of("وقالت حكومة العراق إنها ملتزمة."), "الحكومة العراقية");
        assertEquals(one.key(), two.key());
        assertFalse(one.key().contains(" "));
    }

    @Test
    void aDefiniteHeadAloneIsTheOrganisationLastNamedWithIt() {
        ArticleAnalysis a = Analyses.of("أعلنت وزارة الطاقة والمياه اللبنانية خطة جديدة. وقالت الوزارة إن التقنين سيخف.");
        Actor ministry = actorNamed(a, "وزارة الطاقة والمياه اللبنانية");
        assertNotNull(ministry, "a ministry with two coordinated portfolios is one organisation");
        assertEquals(2, a.mentions().stream().filter(m -> m.actor() == ministry).count());
    }

    @Test
    void aConstructChainAfterABodysHeadNamesOneBody() {
        ArticleAnalysis a = Analyses.of("وهددت نقابة أصحاب الشاحنات بالإضراب.");
        assertNotNull(actorNamed(a, "نقابة أصحاب الشاحنات"));
    }
}
