package org.akhbar.text;

public enum TokenKind {
    /** Letters (Arabic or other scripts), possibly with attached clitics. */
    WORD,
    /** Digits, normalised to 0-9 (e.g. 2021, 27, 500). */
    NUMBER,
    /** One punctuation or symbol char: quote marks, commas, colons, brackets, stops. */
    PUNCT
}
