package org.akhbar.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What to read and where to write. {@code format} is how the inputs are laid out: JSON Lines
 * (one article a line, optionally gzipped), plain text (one article a file) or Parquet (one
 * article a row, with the fields of a JSON record as columns).
 */
public record JobSettings(List<String> inputs, String output, Format format, int minPartitions, int maxChars)
        implements Serializable {
    public enum Format { JSONL, TEXT, PARQUET }

    public JobSettings {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) throw new IllegalArgumentException("give at least one input path");
        if (format == null) format = guess(inputs.get(0));
    }

    /** The layout a path's name suggests: *.parquet is Parquet, *.txt(.gz) text, anything else JSON Lines. */
    static Format guess(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        if (p.endsWith(".gz")) p = p.substring(0, p.length() - 3);
        if (p.endsWith(".parquet")) return Format.PARQUET;
        if (p.endsWith(".txt")) return Format.TEXT;
        return Format.JSONL;
    }
}
