package org.akhbar.extract;

/**
 * A time expression found in the text, tokens {@code [firstToken, endToken)}, typed as TimeML
 * TIMEX3 types it: a {@link Type#DATE} (or {@link Type#TIME}) names when, and {@code value}
 * holds it, null when it cannot be resolved (a relative expression with no publication date);
 * a {@link Type#DURATION} names how long («ثلاث سنوات») and a {@link Type#SET} how often
 * («كل عام»): they are never a date ({@code value} is null) and {@code duration} holds their
 * length as an xsd:duration (P3Y, P14D, PT24H).
 */
public record TimeExpression(Span span, int firstToken, int endToken, DateValue value, Type type, String duration) {

    /** TimeML TIMEX3 types. */
    public enum Type { DATE, TIME, DURATION, SET }

    /** A date expression. */
    public TimeExpression(Span span, int firstToken, int endToken, DateValue value) {
        this(span, firstToken, endToken, value, Type.DATE, null);
    }

    /** A date or time: something that says when (what statements and agreements are dated by). */
    public boolean isDate() { return type == Type.DATE || type == Type.TIME; }
}
