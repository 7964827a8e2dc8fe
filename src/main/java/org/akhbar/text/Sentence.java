package org.akhbar.text;

/**
 * A sentence: tokens {@code [firstToken, endToken)} and its span in the original text.
 * {@code paragraph} counts the blank-line-or-newline separated blocks from 0.
 */
public record Sentence(int index, int firstToken, int endToken, int begin, int end, int paragraph) {
    public boolean contains(int tokenIndex) { return tokenIndex >= firstToken && tokenIndex < endToken; }
}
