package org.akhbar.extract;

public enum StatementMode {
    /** The speaker's words in quote marks. */
    DIRECT_QUOTE("DirectQuote"),
    /** Reported speech: «أكد أن …», «دعا إلى …». */
    REPORTED_SPEECH("ReportedSpeech");

    private final String localName;

    StatementMode(String localName) { this.localName = localName; }

    public String localName() { return localName; }
}
