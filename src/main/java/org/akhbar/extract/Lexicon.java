package org.akhbar.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated lexicon and gazetteer files under {@code src/main/resources/akhbar}
 * (documented in the README beside them): a header line naming the columns, {@code #}
 * comment lines, {@code |} between the values of a multi-valued column.
 */
public final class Lexicon {
    private Lexicon() {}

    /** One row, read by column name. */
    public record Row(Map<String, String> cells, int line) {
        public String get(String column) {
            String v = cells.get(column);
            return v == null ? "" : v.strip();
        }

        /** The {@code |}-separated values of a column, blank ones dropped. */
        public List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String s : get(column).split("\\|")) if (!s.isBlank()) out.add(s.strip());
            return out;
        }

        public boolean has(String column) { return !get(column).isEmpty(); }
    }

    /** The lines of a one-entry-a-line resource, without blanks and {@code #} comments. */
    public static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    public static List<Row> read(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<Row> rows = new ArrayList<>();
            String[] header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                Map<String, String> m = new LinkedHashMap<>();
                for (int i = 0; i < header.length && i < cells.length; i++) m.put(header[i].strip(), cells[i]);
                rows.add(new Row(m, n));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
