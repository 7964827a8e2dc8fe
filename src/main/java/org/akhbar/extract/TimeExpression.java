package org.akhbar.extract;

/**
 * A date expression found in the text, tokens {@code [firstToken, endToken)}. {@code value}
 * is null when it cannot be resolved (a relative expression with no publication date).
 */
public record TimeExpression(Span span, int firstToken, int endToken, DateValue value) {}
