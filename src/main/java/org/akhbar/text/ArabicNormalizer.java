package org.akhbar.text;

import java.text.Normalizer;
import java.util.Arrays;

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

    /**
     * What each char below the surrogates becomes: its folded char, or {@link #DROP}. Built once
     * from {@link #isIgnorable} and {@link #foldSingle}, so the per-char work of every article is
     * one array read (the chain of range tests was a tenth of extraction time).
     */
    private static final char[] FOLD = new char[0xD800];
    /** Marks a dropped char; no char below the surrogates folds to it. */
    private static final char DROP = '\uFFFF';

    static {
        for (int c = 0; c < FOLD.length; c++) {
            int f = foldSingle(c);
            FOLD[c] = isIgnorable(c) ? DROP : f >= 0 ? (char) f : 0;
        }
    }

    public static NormalizedText normalize(String text) {
        int length = text.length();
        char[] in = new char[length];
        text.getChars(0, length, in, 0);
        char[] out = new char[length + 1];
        int[] map = new int[length + 1];
        int n = 0;
        for (int i = 0; i < length; ) {
            char c = in[i];
            char ctx = contextual(in, i, length);
            if (ctx != 0) { out[n] = ctx; map[n++] = i; i++; continue; }
            char f = c < FOLD.length ? FOLD[c] : 0;
            if (f != 0 || c == 0) { // the common case: one char in, at most one out
                if (f != DROP) { out[n] = f; map[n++] = i; }
                i++;
                continue;
            }
            // presentation forms (may unfold to several chars), surrogate pairs, the rest of the BMP
            int cp = text.codePointAt(i);
            if (!isIgnorable(cp)) {
                String folded = fold(cp);
                // keep room for one char per char still to come, which the common case relies on
                int needed = n + folded.length() + (length - i) + 1;
                if (needed > out.length) {
                    int size = Math.max(out.length * 2, needed);
                    out = Arrays.copyOf(out, size);
                    map = Arrays.copyOf(map, size);
                }
                for (int k = 0; k < folded.length(); k++) { out[n] = folded.charAt(k); map[n++] = i; }
            }
            i += Character.charCount(cp);
        }
        map[n] = length; // out and map grow together, so there is room for the end
        return new NormalizedText(text, new String(out, 0, n), map);
    }

    /**
     * Chars whose reading depends on their neighbours, two habits of Arabic web text that no
     * library knows (hand-written): a tatweel standing alone between spaces is a dash
     * («أحمد جمال ـ المسؤول عن …»), not the letter stretch it is inside a word; an ASCII «?»
     * written tight after an Arabic word and followed by more words is an Arabic comma lost in
     * transcoding («رئيس ميكروسوفت? أن …»: windows-1256 «،» read as Latin-1). Returns the char it
     * reads as, or 0.
     */
    static char contextual(char[] in, int i, int length) {
        char c = in[i];
        if (c == '\u0640') {
            boolean spaceBefore = i > 0 && Character.isWhitespace(in[i - 1]);
            boolean spaceAfter = i + 1 < length && Character.isWhitespace(in[i + 1]);
            return spaceBefore && spaceAfter ? '-' : 0;
        }
        if (c != '?') return 0;
        // neighbours are read past dropped chars (tatweel, harakat), so normalising twice changes nothing
        int before = i - 1;
        while (before >= 0 && isIgnorable(in[before])) before--;
        int space = i + 1;
        while (space < length && isIgnorable(in[space])) space++;
        int after = space + 1;
        while (after < length && isIgnorable(in[after])) after++;
        boolean comma = before >= 0 && isArabicLetter(in[before]) && space < length && (in[space] == ' ' || in[space] < FOLD.length && FOLD[in[space]] == ' ')
                && after < length && isArabicLetter(in[after]);
        return comma ? '\u060C' : 0;
    }

    private static boolean isArabicLetter(char c) { return c >= '\u0621' && c <= '\u064A'; }

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

    /** The folding of any code point: {@link #foldSingle} as a string, presentation forms unfolded. */
    static String fold(int cp) {
        int single = foldSingle(cp);
        if (single >= 0) return String.valueOf((char) single);
        if ((cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
            String known = PRESENTATION_FORMS[cp - 0xFB50];
            return known != null ? known : unfold(cp);
        }
        return new String(Character.toChars(cp));
    }

    /**
     * The folding of every presentation form, worked out once: some articles are typed wholly
     * in them, and NFKC per char was then the largest cost of their normalisation.
     */
    private static final String[] PRESENTATION_FORMS = new String[0xFEFF - 0xFB50 + 1];

    static {
        for (int cp = 0xFB50; cp <= 0xFEFF; cp++) {
            if (cp <= 0xFDFF || cp >= 0xFE70) PRESENTATION_FORMS[cp - 0xFB50] = unfold(cp);
        }
    }

    /** A presentation form by NFKC, folded in turn; the forms NFKC keeps (﴾ ﴿ …) stay as they are. */
    private static String unfold(int cp) {
        String original = new String(Character.toChars(cp));
        String unfolded = Normalizer.normalize(original, Normalizer.Form.NFKC);
        if (unfolded.equals(original)) return original;
        StringBuilder sb = new StringBuilder();
        unfolded.codePoints().filter(c -> !isIgnorable(c) && c != ' ').forEach(c -> sb.append(fold(c)));
        return sb.toString();
    }
}
