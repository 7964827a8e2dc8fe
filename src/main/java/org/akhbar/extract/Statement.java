package org.akhbar.extract;

import java.util.List;

/**
 * Something one or more actors said.
 *
 * @param span         the whole statement, speech frame and content
 * @param contentSpan  the content alone, without its quote marks
 * @param speakers     who said it (two for a joint statement)
 * @param speakerSpans the mentions that name the speakers, where the text names them here
 * @param speechVerb   the reporting verb as written (أوضح), or null (a colon, a joint statement)
 * @param date         when it was said, when the text tells, or null
 * @param about        actors named inside the content
 */
public record Statement(Span span, Span contentSpan, String content, StatementMode mode, List<Actor> speakers,
                        List<Span> speakerSpans, String speechVerb, DateValue date, List<Actor> about) {
    public Statement {
        speakers = List.copyOf(speakers);
        speakerSpans = List.copyOf(speakerSpans);
        about = List.copyOf(about);
    }
}
