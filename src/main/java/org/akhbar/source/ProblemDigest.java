package org.akhbar.source;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems of one file, passed on one by one for its first {@link #SHOWN} records and
 * summed up after that: a file of ten million empty records would otherwise print ten million
 * "skipped" lines (849 MB). The summary counts the rest by reason and names the first and
 * last of them, so nothing is lost from the count.
 */
final class ProblemDigest {
    static final int SHOWN = 10;
    /** Distinct reasons kept in a summary; the rest are counted as "other". */
    private static final int REASONS = 8;
    private final String file;
    private final ArticleHandler handler;
    private final Map<String, Long> hiddenByReason = new LinkedHashMap<>();
    private long shown;
    private long hidden;
    private String firstHidden;
    private String lastHidden;

    ProblemDigest(String file, ArticleHandler handler) {
        this.file = file;
        this.handler = handler;
    }

    void report(String where, String message) {
        if (shown < SHOWN) {
            shown++;
            handler.problem(new InputProblem(where, message));
            return;
        }
        hidden++;
        if (firstHidden == null) firstHidden = where;
        lastHidden = where;
        String reason = reasonOf(message);
        if (!hiddenByReason.containsKey(reason) && hiddenByReason.size() >= REASONS) reason = "other";
        hiddenByReason.merge(reason, 1L, Long::sum);
    }

    /** Every problem of the file so far, shown or summed up. */
    long count() { return shown + hidden; }

    /** Passes on the summary of the records not reported one by one, if any. */
    void finish() {
        if (hidden == 0) return;
        StringBuilder why = new StringBuilder();
        for (Map.Entry<String, Long> e : hiddenByReason.entrySet()) {
            if (why.length() > 0) why.append("; ");
            why.append(String.format("%,d × %s", e.getValue(), e.getKey()));
        }
        String span = hidden == 1 ? firstHidden : firstHidden + " to " + lastHidden;
        handler.problem(new InputProblem(file, String.format("%,d more records skipped after the first %d (%s): %s",
                hidden, SHOWN, span, why), hidden));
        hidden = 0;
        hiddenByReason.clear();
    }

    /** The kind of problem without its details: "invalid JSON", "no text field", "too large". */
    static String reasonOf(String message) {
        int cut = message.length();
        for (String sep : new String[] {":", " (", ";"}) {
            int i = message.indexOf(sep);
            if (i > 0) cut = Math.min(cut, i);
        }
        return message.substring(0, Math.min(cut, 60));
    }
}
