package org.akhbar.source;

/** Why one input (a file, or a line of one) was skipped. {@code origin} names it: file, and line for JSON Lines. */
public record InputProblem(String origin, String message) {
    @Override
    public String toString() { return origin + ": " + message; }
}
