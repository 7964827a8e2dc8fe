package org.akhbar.extract.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.akhbar.extract.ActorClass;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.Analyses;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.junit.jupiter.api.Test;

/** The trained name finder beside the gazetteer and rules: it proposes names no list or rule knows. */
class NameProposerTest {

    static ArticleAnalysis analyze(ActorExtractor actors, String text) {
        ArticleAnalysis a = Pipeline.standard(actors).analyze(new Article("t", "", text, null, null, null, "test"));
        Analyses.assertSpansMatch(a);
        return a;
    }

    static List<String> labels(ArticleAnalysis a, ActorClass cls) {
        return a.mentions().stream().filter(m -> m.actor().actorClass() == cls).map(m -> m.actor().labelAr()).toList();
    }

    @Test
    void aNameWithNoTitleNoListedFirstNameAndNoEntryIsFoundByTheModelOnly() {
        String text = "وقال كورت بوك الرئيس التنفيذي للشركة إنه بالنسبة لعام 2015 نتوقع الأفضل.";
        assertEquals(List.of(), labels(analyze(new ActorExtractor(null), text), ActorClass.PERSON));
        ArticleAnalysis a = analyze(new ActorExtractor(), text);
        assertEquals(List.of("كورت بوك"), labels(a, ActorClass.PERSON));
        ActorMention m = a.mentions().stream().filter(x -> x.actor().actorClass() == ActorClass.PERSON).findFirst().orElseThrow();
        assertEquals(ActorMention.Kind.PROPOSED, m.kind());
        assertEquals("model", ActorSources.of(a, m.actor()));
    }

    @Test
    void anOrganisationInLatinLettersIsProposedToo() {
        ArticleAnalysis a = analyze(new ActorExtractor(), "وصنفت شركة “Lion Air”، إندونيسيا، بين الأسوأ.");
        assertEquals(List.of("Lion Air"), labels(a, ActorClass.ORGANIZATION));
        assertEquals(List.of("إندونيسيا"), labels(a, ActorClass.COUNTRY));
    }

    @Test
    void theGazetteerAndRulesKeepTheNamesTheyKnow() {
        ArticleAnalysis a = analyze(new ActorExtractor(), "وقال الرئيس الأميركي جو بايدن إن العراق شريك.");
        assertTrue(a.mentions().stream().noneMatch(m -> m.kind() == ActorMention.Kind.PROPOSED));
        assertEquals("gazetteer", ActorSources.of(a, a.mentions().get(0).actor()));
    }

    @Test
    void aNameContinuesOnlyTheNameOfItsTypeBegunJustBefore() {
        String[] outcomes = {"PERS-start", "other", "ORG-start"};
        assertTrue(NameModel.valid(outcomes, 1, "PERS-cont"));
        assertFalse(NameModel.valid(outcomes, 1, "ORG-cont"));
        assertFalse(NameModel.valid(outcomes, 2, "PERS-cont"));
        assertFalse(NameModel.valid(outcomes, 0, "PERS-cont"));
        assertTrue(NameModel.valid(outcomes, 2, "LOC-start"));
    }
}
