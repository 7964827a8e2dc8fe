package org.akhbar.extract;

/**
 * One mention of an actor in the text: tokens {@code [firstToken, endToken)} and the span of
 * the name itself (clitics such as و ب ل left out).
 */
public record ActorMention(Actor actor, Span span, int firstToken, int endToken, Kind kind) {
    public enum Kind {
        /** The actor's name or a variant of it. */
        NAME,
        /** A capital standing for its state's government («اتفقت واشنطن وبغداد»). */
        METONYM,
        /** A title alone that refers to a person named before (رئيس الحكومة العراقية). */
        TITLE,
        /** A name no list or rule knows, proposed by the trained name finder and accepted by the label rules. */
        PROPOSED
    }
}
