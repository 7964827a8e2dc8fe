package org.akhbar.source;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a JSON document that is one object or an array of objects into the text of each
 * record, without parsing it, so that each record can be parsed alone: Jackson's streaming
 * parser cannot go on after a syntax error, and one bad record of an array then lost every
 * record after it. Written by hand because no JSON library resynchronises after an error;
 * it only tracks strings, escapes and brackets, and Jackson still parses every record.
 *
 * <p>Memory is bounded: a record over {@code cap} chars is flagged and not held, and one that
 * runs on past {@link NotArticlesCheck#RUN_ON} without ending, or that much white space between
 * records, stops the file.
 */
final class JsonArrayItems {
    /** One array element: its JSON text (null when over the cap), first line, and whether it is an object. */
    record Item(String json, int line, boolean object, boolean tooLong) {}

    private enum State { START, ARRAY, SINGLE_DONE, DONE }
    private static final int MAX_TRACKED_DEPTH = 1024;

    private final Reader in;
    private final long cap;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private int line = 1;
    private long charsRead;
    private State state = State.START;
    private boolean first = true;

    JsonArrayItems(Reader in, long cap) {
        this.in = in;
        this.cap = cap;
    }

    int line() { return line; }

    long charsRead() { return charsRead; }

    /** The next record, or null after the last; a document that is not an object or an array, or is cut short, throws. */
    Item next() throws IOException, InputException {
        switch (state) {
            case START -> {
                skipBom();
                skipWhitespace();
                int c = peek();
                if (c == '[') {
                    read();
                    state = State.ARRAY;
                    return next();
                }
                if (c == '{') {
                    state = State.SINGLE_DONE;
                    return item();
                }
                throw new InputException(c == -1 ? "empty JSON file" : "invalid JSON: expected an object or an array");
            }
            case SINGLE_DONE -> {
                state = State.DONE;
                skipWhitespace();
                if (peek() != -1) throw new InputException("invalid JSON: text after the object at line " + line);
                return null;
            }
            case ARRAY -> {
                skipWhitespace();
                int c = peek();
                if (!first && c == ',') {
                    read();
                    skipWhitespace();
                    c = peek();
                }
                if (c == ']') {                          // the end (a trailing comma before it is forgiven)
                    read();
                    state = State.DONE;
                    return null;
                }
                if (c == -1) throw new InputException("invalid JSON: the array is not closed (truncated?)");
                first = false;
                return item();
            }
            default -> {
                return null;
            }
        }
    }

    /** Reads one element: an object or array to its matching close, or a scalar to the next ',' or ']'. */
    private Item item() throws IOException, InputException {
        int startLine = line;
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        long over = 0;
        char[] stack = new char[64];
        int depth = 0;
        boolean inString = false, escaped = false;
        int firstChar = peek();
        boolean object = firstChar == '{';
        boolean bracketed = firstChar == '{' || firstChar == '[';
        while (true) {
            int c = peek();
            if (c == -1) {
                throw new InputException("invalid JSON: the record at line " + startLine + " does not end (truncated, or an unclosed string)");
            }
            if (!bracketed && !inString && (c == ',' || c == ']' || isWhitespace(c))) break;
            read();
            if (sb.length() < cap) sb.append((char) c);
            else {
                tooLong = true;
                if (++over > NotArticlesCheck.RUN_ON) throw new InputException(NotArticlesCheck.runOn(cap));
            }
            if (inString) {
                if (escaped) escaped = false;
                else if (c == '\\') escaped = true;
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            else if (c == '{' || c == '[') {
                if (depth < MAX_TRACKED_DEPTH) {
                    if (depth == stack.length) stack = java.util.Arrays.copyOf(stack, depth * 2);
                    stack[depth] = (char) c;
                }
                depth++;
            } else if ((c == '}' || c == ']') && depth > 0) {
                // a closer of the wrong kind closes back to its opener, so one bad record does
                // not swallow the records after it
                char opener = c == '}' ? '{' : '[';
                int top = depth - 1, i = top;
                if (top < MAX_TRACKED_DEPTH) while (i >= 0 && stack[i] != opener) i--;
                depth = i >= 0 ? i : top;
                if (depth == 0 && bracketed) break;
            }
        }
        return new Item(tooLong ? null : sb.toString(), startLine, object, tooLong);
    }

    private void skipBom() throws IOException {
        if (peek() == '\uFEFF') read();
        // UTF-8's BOM, read as ISO-8859-1 (the byte path): EF BB BF
        else if (peek() == 0xEF) {
            read();
            if (peek() == 0xBB) read();
            if (peek() == 0xBF) read();
        }
    }

    private void skipWhitespace() throws IOException, InputException {
        long run = 0;
        while (isWhitespace(peek())) {
            read();
            if (++run > NotArticlesCheck.RUN_ON) {
                throw new InputException(String.format("over %,d MB of white space at line %,d with no record", NotArticlesCheck.RUN_ON >> 20, line));
            }
        }
    }

    private static boolean isWhitespace(int c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    private int peek() throws IOException {
        if (pos == limit) {
            limit = in.read(buf, 0, buf.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buf[pos];
    }

    private void read() throws IOException {
        if (peek() == -1) return;
        if (buf[pos] == '\n') line++;
        pos++;
        charsRead++;
    }
}
