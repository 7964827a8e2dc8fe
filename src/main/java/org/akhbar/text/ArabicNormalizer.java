package org.akhbar.text;

import java.text.Normalizer;

/**
 * Normalises Arabic for matching only: the stored text is never changed, and every
 * normalised char keeps the index of the original char it came from.
 *
 * <p>Written by hand because Lucene's {@code ArabicNormalizer} rewrites a char buffer in
 * place and loses the way back to the original offsets, which our evidence spans need.
 * The folding follows the same conventions (and those of the evaluation): diacritics and
 * tatweel removed; أ إ آ ٱ → ا; ى and Persian ی → ي; ة → ه; ک → ك; Arabic-Indic and
 * Persian digits → 0-9; direction marks and joiners removed; presentation forms unfolded.
 */
public final class ArabicNormalizer {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private ArabicNormalizer() {}

    public static NormalizedText normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] map = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!isIgnorable(cp)) {
                int single = foldSingle(cp);
                if (single >= 0) { // the common case: one char in, one char out, no allocation
                    if (n + 1 >= map.length) map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
                    map[n++] = i;
                    out.append((char) single);
                } else {
                    String folded = fold(cp);
                    for (int k = 0; k < folded.length(); k++) {
                        if (n + 1 >= map.length) map = java.util.Arrays.copyOf(map, map.length * 2 + 2);
                        map[n++] = i;
                        out.append(folded.charAt(k));
                    }
                }
            }
            i += width;
        }
        if (n + 1 > map.length) map = java.util.Arrays.copyOf(map, n + 1);
        map[n] = text.length();
        return new NormalizedText(text, out.toString(), map);
    }

    /**
     * A readable canonical spelling for labels: diacritics, tatweel and direction marks removed,
     * hamza on alef folded (أ إ آ ٱ → ا), everything else as written.
     */
    public static String lightNormalize(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (isIgnorable(cp)) return;
            if (cp == 'أ' || cp == 'إ' || cp == 'آ' || cp == 'ٱ') sb.append('ا');
            else sb.appendCodePoint(cp);
        });
        return WHITESPACE.matcher(sb.toString().strip()).replaceAll(" ");
    }

    /**
     * The spelling of a label for an actor known only from the text, the same whichever of the
     * usual variants an article used: {@link #lightNormalize} plus a word-final ه written ة
     * (مكه/مكة, بعثه/بعثة are one key, so they must be one label), except in الله and the
     * pronoun suffix له.
     */
    public static String labelSpelling(String s) {
        String light = lightNormalize(s);
        StringBuilder sb = new StringBuilder(light.length());
        String[] words = light.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 2 && w.endsWith("ه") && !w.endsWith("له")) w = w.substring(0, w.length() - 1) + "ة";
            if (i > 0) sb.append(' ');
            sb.append(w);
        }
        return sb.toString();
    }

    /**
     * {@link #labelSpelling} for a person's name, where a surname with the article ending in ى
     * is the Egyptian spelling of the nisba ي (الشناوى = الشناوي): one label either way.
     */
    public static String personLabelSpelling(String s) {
        String[] words = labelSpelling(s).split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() > 3 && w.startsWith("ال") && w.endsWith("ى")) words[i] = w.substring(0, w.length() - 1) + "ي";
        }
        return String.join(" ", words);
    }

    /** The normalised form of a short string (a lexicon entry, a label). */
    public static String normalizeString(String s) {
        return normalize(s).normalized();
    }

    /** Chars dropped entirely: harakat, Quranic marks, tatweel, bidi controls, joiners. */
    static boolean isIgnorable(int cp) {
        return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670
                || (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x06D6 && cp <= 0x06ED)
                || cp == 0x0640 || cp == 0x061C
                || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0xFEFF || cp == 0x00AD;
    }

    /** The folded char of a BMP code point that folds to one char (or stays), else -1. */
    static int foldSingle(int cp) {
        if (cp >= 0xD800 || (cp >= 0xFB50 && cp <= 0xFEFF)) return -1; // surrogates, presentation forms
        switch (cp) {
            case 'أ': case 'إ': case 'آ': case 'ٱ': return 'ا';
            case 'ى': case 'ی': case 'ې': return 'ي';
            case 'ة': return 'ه';
            case 'ک': return 'ك';
            case '\u00A0': case '\u2002': case '\u2003': case '\u2009': case '\u202F': return ' ';
            default:
        }
        if (cp >= 0x0660 && cp <= 0x0669) return '0' + cp - 0x0660;
        if (cp >= 0x06F0 && cp <= 0x06F9) return '0' + cp - 0x06F0;
        return cp;
    }

    static String fold(int cp) {
        switch (cp) {
            case 'أ': case 'إ': case 'آ': case 'ٱ': return "ا";
            case 'ى': case 'ی': case 'ې': return "ي";
            case 'ة': return "ه";
            case 'ک': return "ك";
            case '\u00A0': case '\u2002': case '\u2003': case '\u2009': case '\u202F': return " ";
            default:
        }
        if (cp >= 0x0660 && cp <= 0x0669) return String.valueOf((char) ('0' + cp - 0x0660));
        if (cp >= 0x06F0 && cp <= 0x06F9) return String.valueOf((char) ('0' + cp - 0x06F0));
        if ((cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
            String original = new String(Character.toChars(cp));
            String unfolded = Normalizer.normalize(original, Normalizer.Form.NFKC);
            if (unfolded.equals(original)) return original; // ﴾ ﴿ and other forms NFKC keeps
            StringBuilder sb = new StringBuilder();
            unfolded.codePoints().filter(c -> !isIgnorable(c) && c != ' ').forEach(c -> sb.append(fold(c)));
            return sb.toString();
        }
        return new String(Character.toChars(cp));
    }
}
