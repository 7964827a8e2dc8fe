package org.akhbar.spark;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

import org.akhbar.source.ArticleIds;

/**
 * One input record as the job reads it, before the core's reader turns it into an article:
 * a JSON Lines line (its bytes), a plain-text file (its bytes and name) or a Parquet row (its
 * fields). Serializable, so records can be spread over more partitions than the input has files.
 */
record RawRecord(Kind kind, String origin, String fileName, byte[] bytes, Map<String, String> fields) implements Serializable {
    enum Kind { JSON_LINE, TEXT_FILE, FIELDS, UNREADABLE }

    static RawRecord jsonLine(String origin, byte[] bytes) { return new RawRecord(Kind.JSON_LINE, origin, null, bytes, null); }

    static RawRecord textFile(String origin, String fileName, byte[] bytes) { return new RawRecord(Kind.TEXT_FILE, origin, fileName, bytes, null); }

    static RawRecord fields(String origin, Map<String, String> fields) { return new RawRecord(Kind.FIELDS, origin, null, null, fields); }

    /** A file that could not be read at all (a broken gzip): {@code reason} says why. */
    static RawRecord unreadable(String origin, String reason) {
        return new RawRecord(Kind.UNREADABLE, origin, reason, null, null);
    }

    /** Gives the record to the partition's reader, which hands the article or the problem to {@code run}. */
    void readInto(PartitionRun run) {
        switch (kind) {
            case JSON_LINE -> {
                run.nextRecord(() -> RecordIds.ofJson(bytes, bytes.length));
                run.reader().readJsonLine(bytes, bytes.length, origin, run);
            }
            case TEXT_FILE -> {
                run.nextRecord(() -> ArticleIds.fromName(baseName(fileName)));
                run.reader().readTextFile(bytes, fileName, origin, run);
            }
            case FIELDS -> {
                run.nextRecord(() -> RecordIds.ofFields(fields));
                run.reader().readFields(fields, origin, run);
            }
            case UNREADABLE -> {
                run.nextRecord(() -> null);
                run.problem(new org.akhbar.source.InputProblem(origin, fileName));
            }
        }
    }

    /** A file name without .gz and its extension, as the core's reader takes ids from names. */
    static String baseName(String fileName) {
        String n = fileName;
        if (n.toLowerCase(Locale.ROOT).endsWith(".gz")) n = n.substring(0, n.length() - 3);
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
