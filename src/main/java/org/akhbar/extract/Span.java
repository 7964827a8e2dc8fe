package org.akhbar.extract;

/** A span of the article text in UTF-16 char offsets, end exclusive. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    /** The span of tokens {@code [first, end)} without {@code prefix} normalised chars of clitics on the first one. */
    public static Span ofTokens(org.akhbar.text.AnalyzedText text, int first, int end, int prefix) {
        return new Span(text.beginAfterClitics(first, prefix), text.token(end - 1).end());
    }

    public boolean overlaps(Span o) { return begin < o.end && o.begin < end; }

    public boolean contains(Span o) { return begin <= o.begin && o.end <= end; }

    public int length() { return end - begin; }
}
