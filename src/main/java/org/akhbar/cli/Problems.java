package org.akhbar.cli;

import java.io.PrintWriter;

import org.akhbar.source.InputProblem;

/** Prints skipped inputs as they come and counts them; the exit code says whether any failed. */
final class Problems {
    private final PrintWriter err;
    private long count;

    Problems(PrintWriter err) { this.err = err; }

    void report(InputProblem p) {
        count += p.records();       // a summary line stands for many skipped records
        err.println("skipped " + p.origin() + ": " + p.message());
    }

    long count() { return count; }

    /** 0 when every input was read, 1 when some were skipped. */
    int exitCode() { return count == 0 ? 0 : 1; }
}
