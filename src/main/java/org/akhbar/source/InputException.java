package org.akhbar.source;

/** An input that cannot be read as an article; the message says why, for a person. */
public final class InputException extends Exception {
    public InputException(String message) { super(message); }
}
