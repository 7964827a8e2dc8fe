package org.akhbar.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void tokenSpansIndexTheOriginalText() {
        String text = "وقالَ بايدن: «لن نقوم بأي مهمات».";
        AnalyzedText at = TextAnalyzer.analyze(text);
        for (Token t : at.tokens()) {
            String surface = text.substring(t.begin(), t.end());
            assertEquals(t.norm(), ArabicNormalizer.normalizeString(surface), surface);
        }
    }

    @Test
    void sentencesEndAtStopsAndLineBreaksButNotInsideQuotesOrNumbers() {
        String text = "قال الصدر: «الحمد لله. لننتظر الانسحاب». وأضاف شيئا.\nبلغت 67.3 مليار دولار";
        List<Sentence> s = TextAnalyzer.analyze(text).sentences();
        assertEquals(3, s.size());
        assertEquals("قال الصدر: «الحمد لله. لننتظر الانسحاب».", text.substring(s.get(0).begin(), s.get(0).end()));
        assertEquals("بلغت 67.3 مليار دولار", text.substring(s.get(2).begin(), s.get(2).end()));
    }

    @Test
    void anEndlessSentenceIsCutAtACommaNearTheLimit() {
        String clause = "قال الوزير إن الحكومة ستعمل على تحسين الأوضاع، "; // 9 tokens with its comma
        AnalyzedText t = TextAnalyzer.analyze(clause.repeat(200));
        for (Sentence s : t.sentences()) {
            int n = s.endToken() - s.firstToken();
            assertTrue(n <= TextAnalyzer.MAX_SENTENCE_TOKENS, "sentence of " + n + " tokens");
            if (s.endToken() < t.size()) assertEquals("،", t.tokens().get(s.endToken() - 1).norm());
        }
        assertTrue(t.sentences().size() >= 200 * 9 / TextAnalyzer.MAX_SENTENCE_TOKENS);
        assertEquals(t.size(), t.sentences().get(t.sentences().size() - 1).endToken());
    }

    @Test
    void aSentenceWithoutCommasIsCutAtTheLimit() {
        AnalyzedText t = TextAnalyzer.analyze("كلمة ".repeat(1000));
        assertEquals(List.of(400, 400, 200), t.sentences().stream().map(s -> s.endToken() - s.firstToken()).toList());
    }

    @Test
    void paragraphsCountLineBreaks() {
        List<Sentence> s = TextAnalyzer.analyze("العنوان\n\nالفقرة الأولى. والثانية.\nفقرة أخرى").sentences();
        assertEquals(0, s.get(0).paragraph());
        assertEquals(1, s.get(1).paragraph());
        assertEquals(1, s.get(2).paragraph());
        assertEquals(2, s.get(3).paragraph());
    }

    @Test
    void phraseMatcherFindsMultiWordEntriesWithCliticsOnTheFirstWord() {
        PhraseMatcher<String> m = new PhraseMatcher<>();
        m.add("الولايات المتحدة", "US");
        m.add("مجلس الأمن", "UNSC");
        m.add("مجلس الأمن الدولي", "UNSC");
        List<Token> toks = TextAnalyzer.analyze("وأكدت والولايات المتحدة في مجلس الأمن الدولي").tokens();
        PhraseMatcher.Match<String> us = m.longestAt(toks, 1);
        assertEquals("US", us.value());
        assertEquals(1, us.prefixLength());
        PhraseMatcher.Match<String> unsc = m.longestAt(toks, 4);
        assertEquals(3, unsc.length());
    }
}
