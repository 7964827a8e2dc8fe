package org.akhbar.source;

/**
 * Decides when a file being read is clearly not articles, so reading stops instead of
 * inflating a decompression bomb to its end: a gzipped file of nothing but line ends is a
 * thousandfold smaller than what it holds, and reading it all took minutes. The limits are far
 * beyond anything a news file holds, and the message says how far reading got.
 */
final class NotArticlesCheck {
    /** Empty lines (or that many chars of white space between JSON records) in a row. */
    static final int BLANK_RUN = 100_000;
    /** Records read without a single article among them. */
    static final int RECORDS_WITHOUT_ARTICLE = 1_000;
    /** Bytes (or chars) of one record past the size limit without its end. */
    static final long RUN_ON = 64L << 20;

    private long blankRun;
    private long records;
    private long articles;

    void blank() { blankRun++; }

    void blank(long n) { blankRun += n; }

    void record() {
        blankRun = 0;
        records++;
    }

    void article() { articles++; }

    /** Why to stop reading now, or null to go on. */
    String verdict() {
        if (blankRun >= BLANK_RUN) return String.format("%,d empty lines in a row", blankRun);
        if (articles == 0 && records >= RECORDS_WITHOUT_ARTICLE) {
            return String.format("none of the first %,d records is an article", records);
        }
        return null;
    }

    static String runOn(long limitBytes) {
        return String.format("a record runs on for over %,d MB past the size limit of %,d bytes without ending",
                RUN_ON >> 20, limitBytes);
    }

    /** "stopped reading at line 100,012 (12.3 MB read): …; this is not a file of articles". */
    static String stopped(long line, long bytesRead, String why) {
        return String.format("stopped reading at line %,d (%.1f MB read): %s; this is not a file of articles", line, bytesRead / 1e6, why);
    }
}
