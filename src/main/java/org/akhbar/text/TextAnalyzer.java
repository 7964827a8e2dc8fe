package org.akhbar.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the {@link AnalyzedText} of an article: normalises, tokenises and splits
 * sentences. Sentences end at . ! ? ؟ (outside open quotes, not inside numbers such as 67.3)
 * and at line breaks; a quote that opens inside a sentence keeps the sentence open until it
 * closes or the paragraph ends, so a quoted speech of several sentences stays one unit. A
 * sentence longer than {@link #MAX_SENTENCE_TOKENS} is cut at a comma near that limit.
 *
 * <p>Hand-written: no maintained library splits Arabic news sentences while keeping quote
 * spans together and offsets into the original text.
 */
public final class TextAnalyzer {
    private TextAnalyzer() {}

    public static AnalyzedText analyze(String text) {
        NormalizedText nt = ArabicNormalizer.normalize(text);
        List<Token> tokens = tokenize(nt);
        List<Sentence> sentences = split(nt, tokens);
        return new AnalyzedText(nt, tokens, sentences);
    }

    static List<Token> tokenize(NormalizedText nt) {
        String s = nt.normalized();
        List<Token> out = new ArrayList<>(s.length() / 5 + 1);
        int i = 0, n = s.length();
        while (i < n) {
            byte c = classAt(s, i);
            if (c == SPACE) { i++; continue; }
            int start = i;
            TokenKind kind;
            if (c == DIGIT) {
                kind = TokenKind.NUMBER;
                i++;
                while (i < n && (isDigit(s.charAt(i))
                        || ((s.charAt(i) == '.' || s.charAt(i) == ',' || s.charAt(i) == '٫') && i + 1 < n && isDigit(s.charAt(i + 1))))) i++;
            } else if (c == WORD) {
                kind = TokenKind.WORD;
                i += Character.charCount(s.codePointAt(i));
                while (i < n && classAt(s, i) == WORD) i += Character.charCount(s.codePointAt(i));
            } else {
                kind = TokenKind.PUNCT;
                i += Character.charCount(s.codePointAt(i)); // an emoji is one token, both surrogate halves
            }
            out.add(new Token(out.size(), kind, s.substring(start, i), nt.originalBegin(start), nt.originalEnd(i), start));
        }
        return out;
    }

    private static final byte SPACE = 0, DIGIT = 1, WORD = 2, OTHER = 3;
    /** The class of every char below the surrogates, computed once: a table read per char instead of Character's lookups. */
    private static final byte[] CLASS = new byte[0xD800];

    static {
        for (int c = 0; c < CLASS.length; c++) CLASS[c] = classOf(c);
    }

    private static byte classAt(String s, int i) {
        char c = s.charAt(i);
        return c < CLASS.length ? CLASS[c] : classOf(s.codePointAt(i));
    }

    private static byte classOf(int cp) {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp)) return SPACE;
        if (cp >= '0' && cp <= '9') return DIGIT;
        return isWordChar(cp) ? WORD : OTHER;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** Letters of any script and combining marks, by code point (letters beyond the BMP too). */
    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /**
     * Longest sentence, in tokens. One news sentence in a thousand passes 300 tokens (measured on
     * the corpus); past this limit a sentence is cut, which bounds the work of every extractor
     * that looks ahead within a sentence.
     */
    static final int MAX_SENTENCE_TOKENS = 400;

    static List<Sentence> split(NormalizedText nt, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        String original = nt.original();
        int first = 0, paragraph = 0, quoteDepth = 0;
        boolean straightOpen = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean last = i + 1 == tokens.size();
            boolean breakAfter = false;
            boolean newline = !last && hasNewline(original, t.end(), tokens.get(i + 1).begin());
            if (t.isPunct()) {
                char c = t.norm().charAt(0);
                if (Quotes.isAmbiguous(c)) straightOpen = !straightOpen;
                else if (Quotes.isOpening(c)) quoteDepth++;
                else if (Quotes.isClosing(c)) quoteDepth = Math.max(0, quoteDepth - 1);
                if (quoteDepth == 0 && !straightOpen && (c == '.' || c == '!' || c == '?' || c == '؟' || c == '…')) breakAfter = true;
            }
            if (newline || last || breakAfter) {
                if (newline || last) { quoteDepth = 0; straightOpen = false; }
                if (breakAfter && !newline && !last) {
                    // keep a closing quote or bracket that directly follows the stop in this sentence
                    while (i + 1 < tokens.size() && tokens.get(i + 1).isPunct()
                            && Quotes.isClosing(tokens.get(i + 1).norm().charAt(0))
                            && !hasNewline(original, tokens.get(i).end(), tokens.get(i + 1).begin())) i++;
                    newline = i + 1 < tokens.size() && hasNewline(original, tokens.get(i).end(), tokens.get(i + 1).begin());
                }
                out.add(new Sentence(out.size(), first, i + 1, tokens.get(first).begin(), tokens.get(i).end(), paragraph));
                first = i + 1;
                if (newline) paragraph++;
            } else if (i + 1 - first >= MAX_SENTENCE_TOKENS) {
                // an endless sentence (no stop for pages) is cut at its last comma or semicolon near
                // the limit, else at the limit, so every scan within a sentence stays bounded
                int cut = i;
                for (int k = i; k > first + MAX_SENTENCE_TOKENS * 3 / 4; k--) {
                    if (tokens.get(k).is("،") || tokens.get(k).is("؛") || tokens.get(k).is(",") || tokens.get(k).is(";")) { cut = k; break; }
                }
                out.add(new Sentence(out.size(), first, cut + 1, tokens.get(first).begin(), tokens.get(cut).end(), paragraph));
                first = cut + 1;
            }
        }
        return out;
    }

    private static boolean hasNewline(String s, int from, int to) {
        for (int k = from; k < to; k++) if (s.charAt(k) == '\n') return true;
        return false;
    }
}
