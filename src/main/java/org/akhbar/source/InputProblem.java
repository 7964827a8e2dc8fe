package org.akhbar.source;

/**
 * Why one input (a file, or a line of one) was skipped. {@code origin} names it: file, and line
 * for JSON Lines. {@code records} is how many inputs the problem stands for: 1, or more for the
 * one line that sums up the many records of a file skipped after its first few were reported
 * (see {@link ProblemDigest}).
 */
public record InputProblem(String origin, String message, long records) {
    public InputProblem(String origin, String message) { this(origin, message, 1); }

    @Override
    public String toString() { return origin + ": " + message; }
}
