package org.akhbar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One token of an article: its normalised form for matching and its span in the original
 * text (UTF-16 char offsets, end exclusive).
 */
public final class Token {
    private final int index;
    private final TokenKind kind;
    private final String norm;
    private final int begin;
    private final int end;
    private final int normBegin;
    private List<Reading> readings;
    private int[] readingHashes;

    Token(int index, TokenKind kind, String norm, int begin, int end, int normBegin) {
        this.index = index;
        this.kind = kind;
        this.norm = norm;
        this.begin = begin;
        this.end = end;
        this.normBegin = normBegin;
    }

    public int index() { return index; }
    public TokenKind kind() { return kind; }
    /** Normalised surface form, clitics included (وللحكومه). */
    public String norm() { return norm; }
    public int begin() { return begin; }
    public int end() { return end; }
    /** Start of this token in the normalised text. */
    public int normBegin() { return normBegin; }

    public boolean isWord() { return kind == TokenKind.WORD; }
    public boolean isPunct() { return kind == TokenKind.PUNCT; }
    public boolean isNumber() { return kind == TokenKind.NUMBER; }
    public boolean is(String normalizedForm) { return norm.equals(normalizedForm); }

    /**
     * The ways to read this token once proclitics are split off, the surface form first:
     * «وبالعراق» → وبالعراق, بالعراق, العراق, عراق. The preposition ل before the article
     * fuses into «لل», so «للحكومه» also reads as «الحكومه».
     */
    public List<Reading> readings() {
        if (readings == null) readings = Clitics.readings(norm);
        return readings;
    }

    /** The readings of a normalised word as {@link #readings()} gives them, for code that holds the word only (the name finder's features). */
    public static List<Reading> readingsOf(String norm) { return Clitics.readings(norm); }

    /**
     * The hash codes of the readings' stems, in the order of {@link #readings()}. Every lexicon
     * asks every token whether it may start one of its phrases; a flat array answers that
     * without walking the readings (profiling showed that walk to be the matchers' main cost).
     */
    int[] readingHashes() {
        int[] h = readingHashes;
        if (h == null) {
            List<Reading> rs = readings();
            h = new int[rs.size()];
            for (int k = 0; k < h.length; k++) h[k] = rs.get(k).stem().hashCode();
            readingHashes = h;
        }
        return h;
    }

    /** True when one reading of this token (clitics split off) equals the form. */
    public boolean readsAs(String normalizedForm) {
        for (Reading r : readings()) if (r.stem().equals(normalizedForm)) return true;
        return false;
    }

    /** The token without a leading conjunction و/ف (when what remains is a word). */
    public String withoutConjunction() {
        return Clitics.stripConjunction(norm);
    }

    @Override
    public String toString() { return norm + "@" + begin; }

    /**
     * One reading: {@code stem} is what matching sees, {@code prefixLength} how many
     * normalised chars of the surface precede it (the clitics to leave out of a span).
     * {@code clitics} names what was split off: "و", "وب", "ال", "ل+ال" …
     */
    public record Reading(String stem, int prefixLength, String clitics) {}

    /** Hand-written: Lucene's Arabic stemmers strip affixes but do not say where, which spans need. */
    static final class Clitics {
        private Clitics() {}

        static String stripConjunction(String w) {
            if (w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) return w.substring(1);
            return w;
        }

        static List<Reading> readings(String w) {
            List<Reading> out = new ArrayList<>(5);
            out.add(new Reading(w, 0, ""));
            if (w.length() < 3) return out;
            addWithoutConjunction(w, 0, "", out);
            if (w.charAt(0) == 'و' || w.charAt(0) == 'ف') {
                addWithoutConjunction(w.substring(1), 1, String.valueOf(w.charAt(0)), out);
            }
            return out;
        }

        /** Readings of {@code w} (which starts {@code offset} chars into the token) after a preposition or article. */
        private static void addWithoutConjunction(String w, int offset, String before, List<Reading> out) {
            if (offset > 0 && w.length() >= 2) add(out, w, offset, before);
            if (w.length() < 3) return;
            char c = w.charAt(0);
            if ((c == 'ب' || c == 'ك') && w.length() >= 3) {
                String rest = w.substring(1);
                add(out, rest, offset + 1, before + c);
                if (rest.startsWith("ال") && rest.length() > 3) add(out, rest.substring(2), offset + 3, before + c + "+ال");
            } else if (c == 'ل') {
                if (w.startsWith("لل") && w.length() > 3) {
                    add(out, "ال" + w.substring(2), offset + 1, before + "ل+ال");
                    add(out, w.substring(2), offset + 2, before + "ل+ال-");
                } else if (w.length() >= 3) {
                    add(out, w.substring(1), offset + 1, before + "ل");
                }
            }
            if (w.startsWith("ال") && w.length() > 3) add(out, w.substring(2), offset + 2, before + "ال");
        }

        private static void add(List<Reading> out, String stem, int prefix, String clitics) {
            if (stem.length() < 2) return;
            for (Reading r : out) if (r.stem().equals(stem)) return;
            out.add(new Reading(stem, prefix, clitics));
        }
    }
}
