package org.akhbar.cli;

import java.io.PrintWriter;

/**
 * A one-line progress counter on the terminal (articles loaded, failed, rate), shown only
 * when stderr is a terminal, so logs and pipes stay clean.
 */
final class Progress {
    private final PrintWriter err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private boolean shown;

    Progress(PrintWriter err) {
        this.err = err;
        this.enabled = System.console() != null;
    }

    void update(long articles, long failed) {
        if (!enabled) return;
        double s = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
        err.printf("\r  %,d articles loaded, %,d failed, %.0f articles/s ", articles, failed, articles / s);
        err.flush();
        shown = true;
    }

    void clear() {
        if (enabled && shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }
}
