package org.akhbar.source;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Reads news-scraper JSON records (title, text/content, publish_date/published/date, url,
 * source, id) with Jackson's streaming parser, so a large JSON array is never held whole.
 */
final class JsonRecords {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonRecords() {}

    interface RecordHandler {
        void record(Map<String, String> fields, int line) throws InputException;
    }

    /** Parses one JSON object (a JSON Lines line). */
    static Map<String, String> parseObject(String json) throws InputException {
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new InputException("not a JSON object");
            Map<String, String> m = readObject(p);
            if (p.nextToken() != null) throw new InputException("invalid JSON: text after the object");
            return m;
        } catch (JsonProcessingException e) {
            throw new InputException("invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException("invalid JSON: " + e.getMessage());
        }
    }

    /** Streams a JSON document that is one object or an array of objects. */
    static void stream(InputStream in, RecordHandler handler) throws InputException, IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                int line = p.currentTokenLocation().getLineNr();
                handler.record(readObject(p), line);
            } else if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) throw new InputException("invalid JSON: the array is not closed (truncated?)");
                    int line = p.currentTokenLocation().getLineNr();
                    if (t != JsonToken.START_OBJECT) throw new InputException("invalid JSON: array item at line " + line + " is not an object");
                    handler.record(readObject(p), line);
                }
            } else {
                throw new InputException(t == null ? "empty JSON file" : "invalid JSON: expected an object or an array");
            }
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            if (msg != null && msg.contains("UTF")) throw new InputException("not UTF-8 text: " + msg);
            // limits such as the nesting depth (StreamConstraintsException) carry no location
            throw new InputException("invalid JSON" + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()) + ": " + msg);
        }
    }

    /** The object's scalar fields as strings; nested values are skipped. */
    private static Map<String, String> readObject(JsonParser p) throws IOException {
        Map<String, String> m = new HashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_OBJECT) {
            if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected end of input inside an object");
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) p.skipChildren();
            else if (v != JsonToken.VALUE_NULL) m.put(name, TextDecoder.wellFormed(p.getText()));
        }
        return m;
    }

    static String first(Map<String, String> m, String... keys) {
        for (String k : keys) {
            String v = m.get(k);
            if (v != null && !TextDecoder.isBlank(v)) return v;
        }
        return null;
    }

    /** YYYY-MM-DD, or the date part of an ISO date-time; null when absent or unreadable. */
    static LocalDate parseDate(String s) {
        if (s == null) return null;
        String t = s.strip().replace('/', '-');
        if (t.length() >= 10) t = t.substring(0, 10);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
