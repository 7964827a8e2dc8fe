package org.akhbar.text;

/**
 * Converts UTF-16 char offsets to Unicode code point offsets, the unit of every evidence
 * span in the graph. Texts without surrogate pairs (nearly all Arabic news) take the fast path.
 */
public final class CodePoints {
    private final String text;
    private final boolean hasSurrogates;

    public CodePoints(String text) {
        this.text = text;
        this.hasSurrogates = text.codePointCount(0, text.length()) != text.length();
    }

    public int toCodePoint(int charIndex) {
        return hasSurrogates ? text.codePointCount(0, charIndex) : charIndex;
    }
}
