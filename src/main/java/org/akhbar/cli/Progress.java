package org.akhbar.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Load progress on stderr: articles, failures, articles per second, and, from the bytes read
 * of the input files, how much is read and an ETA. On a terminal one line is rewritten every
 * second; elsewhere (a log, a pipe, CI) a plain line is printed every ten seconds, so a log
 * shows the load moving without carriage returns or escape codes in it.
 */
final class Progress implements AutoCloseable {
    /** How much of the input there is and how much is read; {@code total} 0 when unknown (stdin). */
    record Input(long total, LongSupplier read) {
        static final Input UNKNOWN = new Input(0, () -> 0);

        /** The fraction read, or -1 when there is no total to compare with. */
        double fraction() { return total <= 0 ? -1 : Math.min(1.0, read.getAsLong() / (double) total); }
    }

    static final long TERMINAL_EVERY_MS = 1_000, PLAIN_EVERY_MS = 10_000;

    private final PrintWriter err;
    private final boolean terminal;
    private final Input input;
    private final LongSupplier nanos;
    private final long start;
    private final ScheduledExecutorService ticker;
    private long articles, failed;
    private boolean shown;

    Progress(PrintWriter err, Input input) {
        this(err, System.console() != null, input, System::nanoTime, true);
    }

    /** {@code tick}: print by itself on a timer; tests call {@link #print} with their own clock instead. */
    Progress(PrintWriter err, boolean terminal, Input input, LongSupplier nanos, boolean tick) {
        this.err = err;
        this.terminal = terminal;
        this.input = input;
        this.nanos = nanos;
        this.start = nanos.getAsLong();
        if (tick) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "akhbar-progress");
                t.setDaemon(true);
                return t;
            });
            long every = terminal ? TERMINAL_EVERY_MS : PLAIN_EVERY_MS;
            ticker.scheduleAtFixedRate(this::print, every, every, TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
        }
    }

    /** The counts so far; printed at the next tick. */
    synchronized void update(long articles, long failed) {
        this.articles = articles;
        this.failed = failed;
    }

    synchronized void print() {
        String line = line();
        if (terminal) {
            err.print("\r" + line + " ");
            shown = true;
        } else {
            err.println(line);
        }
        err.flush();
    }

    String line() {
        double seconds = Math.max(1e-3, (nanos.getAsLong() - start) / 1e9);
        StringBuilder b = new StringBuilder(terminal ? "  " : "loading: ");
        b.append(String.format("%,d articles", articles));
        if (failed > 0) b.append(String.format(", %,d failed", failed));
        b.append(String.format(", %,.0f articles/s", articles / seconds));
        double f = input.fraction();
        if (f >= 1.0) {
            b.append(", input read, writing the store");
        } else if (f > 0) {
            b.append(String.format(", %.0f %% read, ETA %s", f * 100, clock(seconds * (1 - f) / f)));
        }
        return b.toString();
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String.format("%d:%02d", s / 60, s % 60);
    }

    /** Removes the terminal line, so a message (a skipped input, the summary) starts on a clean line. */
    synchronized void clear() {
        if (terminal && shown) {
            // carriage return, then erase to the end of the line: a terminal's own control, not a colour
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    /** Runs {@code r} (which prints) with the terminal line out of its way. */
    synchronized void around(Runnable r) {
        clear();
        r.run();
    }

    @Override
    public void close() {
        if (ticker != null) ticker.shutdownNow();
        clear();
    }
}
