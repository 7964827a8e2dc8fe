package org.akhbar.source;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from its input, before extraction.
 *
 * @param id        stable identifier (from the record's id, the file name, the URL or a hash)
 * @param headline  the headline (JSON title, or the first non-empty line of a text file)
 * @param text      the text that all evidence offsets index: a text file as it is (BOM
 *                  removed, CRLF as LF); a JSON record as headline + blank line + body
 * @param published publication date from metadata, or null
 * @param url       the URL when the input gives one, or null
 * @param publisher the source or outlet name when known, or null
 * @param origin    where it came from, for messages: file name, and line for JSON Lines
 */
public record Article(String id, String headline, String text, LocalDate published, String url,
                      String publisher, String origin) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
    }
}
