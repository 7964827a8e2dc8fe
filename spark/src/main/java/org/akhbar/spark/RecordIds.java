package org.akhbar.spark;

import java.io.IOException;
import java.util.Map;

import org.akhbar.source.ArticleIds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The article id a skipped record would have had, for the bad-records output: from its
 * {@code id} (or {@code _id}, {@code guid}), else from its URL, as the reader derives it. Only
 * asked about records that failed, so it may meet anything: it gives null rather than fail.
 */
final class RecordIds {
    private static final JsonFactory JSON = new JsonFactory();
    private static final String[] ID_FIELDS = {"id", "_id", "guid"};
    private static final String[] URL_FIELDS = {"url", "link"};

    private RecordIds() {}

    /** The id in a JSON Lines record's top-level fields, or null. */
    static String ofJson(byte[] bytes, int length) {
        String id = null, url = null;
        try (JsonParser p = JSON.createParser(bytes, 0, length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) return null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) p.skipChildren();
                else if (v == JsonToken.VALUE_STRING || v == JsonToken.VALUE_NUMBER_INT) {
                    if (id == null && isOneOf(name, ID_FIELDS)) id = p.getText();
                    if (url == null && isOneOf(name, URL_FIELDS)) url = p.getText();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not JSON, or cut short: keep what was found before the fault
        }
        return fromFields(id, url);
    }

    /** The id of a record given as fields (a Parquet row), or null. */
    static String ofFields(Map<String, String> fields) {
        String id = null, url = null;
        for (String f : ID_FIELDS) if (id == null && fields.get(f) != null && !fields.get(f).isBlank()) id = fields.get(f);
        for (String f : URL_FIELDS) if (url == null && fields.get(f) != null && !fields.get(f).isBlank()) url = fields.get(f);
        return fromFields(id, url);
    }

    private static String fromFields(String id, String url) {
        if (id != null && !id.isBlank()) return ArticleIds.fromName(id);
        if (url != null && !url.isBlank()) return ArticleIds.fromUrl(url);
        return null;
    }

    private static boolean isOneOf(String name, String[] names) {
        for (String n : names) if (n.equals(name)) return true;
        return false;
    }
}
