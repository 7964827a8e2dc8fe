package org.akhbar.text;

import java.util.List;

/**
 * The text layer every extractor shares: the original text, its normalised form with the
 * map back, tokens and sentences. Immutable; built once per article by {@link TextAnalyzer}.
 */
public final class AnalyzedText {
    private final NormalizedText normalized;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int[] sentenceOfToken;

    AnalyzedText(NormalizedText normalized, List<Token> tokens, List<Sentence> sentences) {
        this.normalized = normalized;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.sentenceOfToken = new int[tokens.size()];
        for (Sentence s : sentences) for (int t = s.firstToken(); t < s.endToken(); t++) sentenceOfToken[t] = s.index();
    }

    public String text() { return normalized.original(); }
    public NormalizedText normalized() { return normalized; }
    public List<Token> tokens() { return tokens; }
    public List<Sentence> sentences() { return sentences; }
    public Token token(int i) { return tokens.get(i); }
    public int size() { return tokens.size(); }

    public Sentence sentenceOf(int tokenIndex) { return sentences.get(sentenceOfToken[tokenIndex]); }

    /** The original text of a span. */
    public String substring(int begin, int end) { return normalized.original().substring(begin, end); }

    /** Original text covered by tokens {@code [from, to)}. */
    public String textOf(int from, int to) {
        if (from >= to) return "";
        return substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }

    /** Normalised words of tokens {@code [from, to)} joined by single spaces. */
    public String normOf(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(tokens.get(i).norm());
        }
        return sb.toString();
    }

    /**
     * Where token {@code i} starts once {@code prefixLength} normalised chars of clitics are
     * left out («وبغداد» → the offset of «بغداد»): the start of an evidence span for a name.
     */
    public int beginAfterClitics(int i, int prefixLength) {
        Token t = tokens.get(i);
        return prefixLength == 0 ? t.begin() : normalized.originalBegin(t.normBegin() + prefixLength);
    }

    /** {@code to}, moved back over trailing punctuation (a closing bracket stays): where a clause's content ends. */
    /**
     * Whether token {@code k} carries the article ال as written (after a conjunction و / ف). The
     * normalised form cannot tell, since أ becomes ا: «ألح» (normalised «الح») is a verb, not ال + noun.
     */
    public boolean writtenWithArticle(int k) {
        Token t = tokens.get(k);
        String raw = substring(t.begin(), t.end());
        if (raw.length() > 3 && (raw.charAt(0) == 'و' || raw.charAt(0) == 'ف') && !t.withoutConjunction().equals(t.norm())) raw = raw.substring(1);
        return raw.startsWith("ال");
    }

    public int trimTrailingPunctuation(int from, int to) {
        while (to > from && tokens.get(to - 1).isPunct() && !tokens.get(to - 1).is(")")) to--;
        return to;
    }

    /** True when a line break lies between the end of token {@code a} and the start of token {@code b}. */
    public boolean lineBreakBetween(int a, int b) {
        String t = text();
        for (int i = tokens.get(a).end(); i < tokens.get(b).begin(); i++) if (t.charAt(i) == '\n') return true;
        return false;
    }

    /** Index of the first token that starts at or after original offset {@code offset}. */
    public int tokenAtOrAfter(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
