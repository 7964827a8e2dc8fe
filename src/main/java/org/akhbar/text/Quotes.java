package org.akhbar.text;

/**
 * Quote marks as Arabic news uses them. «» pair by direction; straight quotes "…" open and
 * close by position, so callers pair them; “” and „ are also used, sometimes mismatched
 * («لـ»المقاومة»»): extractors treat any quote mark as a boundary and pair them themselves.
 */
public final class Quotes {
    private Quotes() {}

    public static boolean isQuote(char c) {
        return c == '«' || c == '»' || c == '"' || c == '“' || c == '”' || c == '„' || c == '‟'
                || c == '‹' || c == '›';
    }

    /** Marks that can only open a quote. */
    public static boolean isOpening(char c) { return c == '«' || c == '“' || c == '„' || c == '‹'; }

    /** Marks that can only close a quote. */
    public static boolean isClosing(char c) { return c == '»' || c == '”' || c == '‟' || c == '›'; }

    /** Straight quotes open or close depending on position. */
    public static boolean isAmbiguous(char c) { return c == '"'; }
}
