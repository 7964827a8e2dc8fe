package org.akhbar.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ActorClass;
import org.akhbar.extract.Analyses;
import org.akhbar.extract.ArticleAnalysis;
import org.junit.jupiter.api.Test;

/** The shapes of Arabic person names in news: nasab chains, surnames, titles around them. */
class PersonNamesTest {

    static Actor person(ArticleAnalysis a, String label) {
        Analyses.assertSpansMatch(a);
        return a.actors().stream().filter(x -> x.actorClass() == ActorClass.PERSON
                && (x.labelAr().equals(label) || x.altLabels().contains(label))).findFirst().orElse(null);
    }

    @Test
    void connectorsLetANameRunPastThreeWords() {
        ArticleAnalysis a = Analyses.of("وأوضح مدير المستشفى الدكتور سالم بن علي القحطاني أن العملية نجحت.");
        assertNotNull(person(a, "سالم بن علي القحطاني"));
    }

    @Test
    void aTitleWithTheArticleTakesNoConstructComplementSoAnUnlistedNameFollows() {
        // «الدكتور» is definite: «عاطف» cannot be its genitive, it opens the name
        assertNotNull(person(Analyses.of("وقال الدكتور عاطف الزيات إن الحكم مختلط."), "عاطف الزيات"));
        // a definite word after a definite title still agrees with it
        assertNotNull(person(Analyses.of("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الحل سياسي."), "أنطونيو غوتيريش"));
    }

    @Test
    void aSecondTitleAfterTheRoleBelongsToTheRole() {
        ArticleAnalysis a = Analyses.of("وحضر الاجتماع رئيس الأركان العماد جوزيف عون وعدد من الضباط.");
        assertNotNull(person(a, "جوزيف عون"));
    }

    @Test
    void aPostInAStateBetweenTheRoleAndTheName() {
        ArticleAnalysis a = Analyses.of("والتقى السفير الأردني في بغداد منتصر العقلة بعدد من المسؤولين.");
        assertNotNull(person(a, "منتصر العقلة"));
    }

    @Test
    void aSpeechVerbsSubjectIsANameWhenACommaAndARoleFollow() {
        ArticleAnalysis a = Analyses.of("وقال ماتياس كلاوزن، أحد المنظمين، إن المعرض سيفتح أبوابه.");
        assertNotNull(person(a, "ماتياس كلاوزن"));
    }

    @Test
    void aGenericSubjectOrACommonNounAfterASpeechVerbIsNoName() {
        ArticleAnalysis a = Analyses.of("وقال مصدر مطلع إن الاجتماع تأجل. وأضاف موقع إخباري أن الموعد لم يحدد.");
        assertEquals(0, a.actors().stream().filter(x -> x.actorClass() == ActorClass.PERSON).count());
    }

    @Test
    void aListedPersonsBareSurnameAfterASpeechVerbIsThatPerson() {
        ArticleAnalysis a = Analyses.of("وقال شكري إن القاهرة تتابع الموقف.");
        Actor p = person(a, "شكري");
        assertNotNull(p);
        assertEquals("سامح شكري", p.labelAr());
    }

    @Test
    void aLongerFormOfAListedNameEndingInItsSurnameIsThatPerson() {
        ArticleAnalysis a = Analyses.of("أكد وزير الخارجية عادل بن أحمد الجبير أن الرياض تدعم الحل.");
        Actor p = person(a, "عادل بن أحمد الجبير");
        assertNotNull(p);
        assertEquals("عادل الجبير", p.labelAr());
    }

    @Test
    void aNisbaClosedByACommaIsASurname() {
        ArticleAnalysis a = Analyses.of("وأكد محمد العراقي، عضو لجنة الطاقة، أن الإنتاج سيرتفع.");
        assertNotNull(person(a, "محمد العراقي"));
    }

    @Test
    void aHyphenWrittenTightJoinsTwoPartsOfAName() {
        ArticleAnalysis a = Analyses.of("وقال رئيس الوزراء الكوري هان دوك-سو إن الاقتصاد يتعافى.");
        assertNotNull(person(a, "هان دوك-سو"));
    }

    @Test
    void aNameEndsBeforeTheDefiniteDescriptionAfterIt() {
        ArticleAnalysis a = Analyses.of("وقال إبراهيم آل سالم المحلل الاقتصادي البارز: \"الأسواق مستقرة\".");
        assertNotNull(person(a, "إبراهيم آل سالم"));
    }

    @Test
    void aGazetteerLabelNeverOpensWithATitle() {
        ArticleAnalysis a = Analyses.of("واستقبل الشيخ تميم بن حمد آل ثاني الوفد.");
        Actor p = person(a, "تميم بن حمد آل ثاني");
        assertNotNull(p);
        assertNull(a.actors().stream().filter(x -> x.labelAr().startsWith("الشيخ")).findFirst().orElse(null));
    }

    @Test
    void aFirstNameWithWaAfterAnyWordIsAVerbNotAName() {
        ArticleAnalysis a = Analyses.of("وقال الخطيب: «الحمد لله الذي أعز جنده ونصر عبده وشكرا للجميع».");
        assertNull(person(a, "نصر عبده"));
    }

    @Test
    void aListedNameGoesOnWithItsNasab() {
        ArticleAnalysis a = Analyses.of("واستقبل ولي العهد الأمير محمد بن سلمان بن عبد العزيز الوفد.");
        Actor p = person(a, "محمد بن سلمان بن عبد العزيز");
        assertNotNull(p);
        assertEquals("محمد بن سلمان", p.labelAr());
    }

    @Test
    void aListedSurnameAfterAnotherFirstNameIsAnotherPersonAndTakesTheBareSurnameWithIt() {
        ArticleAnalysis a = Analyses.of("العيبان: الأمن أولا\n\nقال رئيس الهيئة الدكتور خالد بن سعد العيبان إن الأمن أولا.");
        Actor p = person(a, "خالد بن سعد العيبان");
        assertNotNull(p);
        assertNull(a.actors().stream().filter(x -> x.labelAr().equals("العيبان") || "Musaed al-Aiban".equals(x.labelEn())).findFirst().orElse(null));
    }

    @Test
    void eulogyFormulasAreNoPartOfAName() {
        ArticleAnalysis a = Analyses.of("ورفع التهنئة إلى الأمير فيصل بن خالد آل سعود حفظه الله.");
        assertNotNull(person(a, "فيصل بن خالد آل سعود"));
    }
}
