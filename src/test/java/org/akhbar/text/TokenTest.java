package org.akhbar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenTest {

    private static Token only(String word) {
        return TextAnalyzer.analyze(word).token(0);
    }

    @Test
    void conjunctionAndPrepositionSplitOffBeforeTheArticle() {
        Token t = only("وبالعراق");
        assertTrue(t.readsAs("بالعراق"));
        assertTrue(t.readsAs("العراق"));
        assertTrue(t.readsAs("عراق"));
    }

    @Test
    void lamBeforeTheArticleFusesIntoLamLam() {
        assertTrue(only("للحكومة").readsAs("الحكومه"));
        assertTrue(only("وللحكومة").readsAs("الحكومه"));
    }

    @Test
    void theSurfaceReadingComesFirstSoNamesStartingWithCliticLettersSurvive() {
        assertEquals("بايدن", only("بايدن").readings().get(0).stem());
        assertEquals("واشنطن", only("واشنطن").readings().get(0).stem());
    }

    @Test
    void aReadingKnowsHowManyCharsOfCliticsPrecedeIt() {
        Token t = only("وبغداد");
        Token.Reading r = t.readings().stream().filter(x -> x.stem().equals("بغداد")).findFirst().orElseThrow();
        assertEquals(1, r.prefixLength());
        assertEquals("و", r.clitics());
    }
}
