package org.akhbar.serve;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a {@link CharSequence} that stops a regular expression once its query is
 * cancelled. {@code java.util.regex} cannot be interrupted, and a backtracking pattern such as
 * {@code ^((a+)\2?)+$} can run for hours on 30 characters; but it reads its input only through
 * {@code charAt}, so a check there ends it when
 * ARQ's timeout fires, or the query's deadline passes (checked every 1,024 reads).
 */
final class CancellableText implements CharSequence {
    private final String text;
    private final AtomicBoolean cancelled;
    private final long deadline;
    private int reads;

    /**
     * @param cancelled the query's cancel flag, or null
     * @param deadline {@link System#nanoTime()} after which the query is over: ARQ cannot set the
     *        flag while it is planning, and planning evaluates constant expressions
     */
    CancellableText(String text, AtomicBoolean cancelled, long deadline) {
        this.text = text;
        this.cancelled = cancelled;
        this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 1023) == 0 && (System.nanoTime() - deadline > 0 || cancelled != null && cancelled.get()))
            throw new QueryCancelledException();
        return text.charAt(index);
    }

    @Override
    public int length() { return text.length(); }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.substring(start, end), cancelled, deadline);
    }

    @Override
    public String toString() { return text; }
}
