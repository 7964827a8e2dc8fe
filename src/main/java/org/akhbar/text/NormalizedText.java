package org.akhbar.text;

/**
 * A string normalised for matching, with a map from every normalised char back to the
 * original text. Offsets of the original are UTF-16 char indices; they become code points
 * only when a span is written to RDF (see {@link CodePoints}).
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;
    /** toOriginal[i] = original index of normalised char i; toOriginal[length] = original end. */
    private final int[] toOriginal;

    NormalizedText(String original, String normalized, int[] toOriginal) {
        this.original = original;
        this.normalized = normalized;
        this.toOriginal = toOriginal;
    }

    public String original() { return original; }

    public String normalized() { return normalized; }

    public int length() { return normalized.length(); }

    /** Original index where normalised char {@code i} starts. */
    public int originalBegin(int i) { return toOriginal[i]; }

    /**
     * Original index just after normalised char {@code i - 1}: the end of a span that stops
     * before normalised index {@code i}. Diacritics that followed the last char stay outside.
     */
    public int originalEnd(int i) {
        if (i <= 0) return toOriginal[0];
        int last = toOriginal[i - 1];
        // a char expanded from one original char (presentation forms) shares its index
        int next = last + Character.charCount(original.codePointAt(last));
        return Math.min(next, original.length());
    }
}
