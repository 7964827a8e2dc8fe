package org.akhbar.serve;

/**
 * Limits checked on the text of a query or update before it is parsed. Jena parses and
 * compiles recursively, so a query nested a few thousand brackets deep ended in a
 * {@code StackOverflowError} inside the server (issue 19), and its parser spends time
 * quadratic in some long texts before the query timeout starts (10 MB took 62 s: issue 21). A
 * text that breaks a limit gets 400 with a message that says which, and is never parsed.
 */
final class SparqlTextLimits {
    private static final String OPERATORS = "!^-+";
    static final String TOO_DEEP = "query too deeply nested";
    private final int maxDepth;
    private final int maxChars;

    /**
     * @param maxDepth the deepest nesting of {@code { ( [} brackets allowed
     * @param maxChars the longest text allowed, in chars
     */
    SparqlTextLimits(int maxDepth, int maxChars) {
        this.maxDepth = maxDepth;
        this.maxChars = maxChars;
    }

    /** What is wrong with the text, or null when it is within the limits. */
    String problem(String sparql) {
        if (sparql.length() > maxChars)
            return "query text too long: " + sparql.length() + " characters, at most " + maxChars + " are accepted";
        int depth = depth(sparql);
        if (depth > maxDepth)
            return TOO_DEEP + ": brackets nest " + depth + " deep, at most " + maxDepth + " are accepted";
        return null;
    }

    /**
     * The deepest nesting of brackets and prefix operators, read the way SPARQL's tokeniser reads: brackets inside
     * strings, IRIs and comments do not count. A hand-written scan because it must not recurse
     * (the point is to avoid what Jena's recursive parser does with such text) and one pass
     * over the chars is all it needs.
     */
    static int depth(String s) {
        int depth = 0, max = 0, n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '{', '(', '[' -> max = Math.max(max, ++depth);
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case '!', '^', '-', '+' -> {
                    // prefix operators nest without brackets (!!!x, ^^^p, - - 1): a run of them counts as its length
                    int run = 0;
                    while (i < n && (OPERATORS.indexOf(s.charAt(i)) >= 0 || Character.isWhitespace(s.charAt(i)))) {
                        if (!Character.isWhitespace(s.charAt(i))) run++;
                        i++;
                    }
                    i--;
                    max = Math.max(max, depth + run);
                }
                case '#' -> { while (i + 1 < n && s.charAt(i + 1) != '\n' && s.charAt(i + 1) != '\r') i++; }
                case '"', '\'' -> i = endOfString(s, i);
                case '<' -> i = endOfIri(s, i);
                default -> { }
            }
        }
        return max;
    }

    /** The index of the last char of the string literal opening at i (short or long form). */
    private static int endOfString(String s, int i) {
        char q = s.charAt(i);
        boolean isLong = s.startsWith(String.valueOf(q).repeat(3), i);
        int j = i + (isLong ? 3 : 1), n = s.length();
        while (j < n) {
            char c = s.charAt(j);
            if (c == '\\') j += 2;
            else if (isLong ? s.startsWith(String.valueOf(q).repeat(3), j) : c == q) return j + (isLong ? 2 : 0);
            else if (!isLong && (c == '\n' || c == '\r')) return j;
            else j++;
        }
        return n;
    }

    /** The index of the '>' ending an IRI opening at i, or i when the '<' is a comparison. */
    private static int endOfIri(String s, int i) {
        for (int j = i + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '>') return j;
            if (c <= ' ' || c == '<' || c == '"' || c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\') return i;
        }
        return i;
    }
}
