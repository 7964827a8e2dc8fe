package org.akhbar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The load's progress line: articles, rate and ETA from the input read, on a terminal and in a log. */
class ProgressTest {
    final AtomicLong nanos = new AtomicLong();
    final AtomicLong read = new AtomicLong();
    final StringWriter out = new StringWriter();

    Progress progress(boolean terminal) {
        return new Progress(new PrintWriter(out), terminal, new Progress.Input(1000, read::get), nanos::get, false);
    }

    @Test
    void aTerminalLineShowsArticlesRateAndEtaAndIsRewrittenInPlace() {
        Progress p = progress(true);
        nanos.set(10_000_000_000L);      // 10 s in
        read.set(250);                   // a quarter of the input read
        p.update(1500, 2);
        p.print();
        assertEquals("\r  1,500 articles, 2 failed, 150 articles/s, 25 % read, ETA 0:30 ", out.toString());
        p.close();
        assertTrue(out.toString().endsWith("\r\033[K"), "the line is erased before the summary");
    }

    @Test
    void aLogGetsPlainLinesWithoutControlCharacters() {
        Progress p = progress(false);
        nanos.set(20_000_000_000L);
        read.set(500);
        p.update(3000, 0);
        p.print();
        read.set(1000);
        p.print();
        p.close();
        assertEquals("loading: 3,000 articles, 150 articles/s, 50 % read, ETA 0:20\n"
                + "loading: 3,000 articles, 150 articles/s, input read, writing the store\n", out.toString().replace("\r\n", "\n"));
        assertFalse(out.toString().contains("\033"));
    }

    @Test
    void standardInputHasNoEta() {
        Progress p = new Progress(new PrintWriter(out), false, Progress.Input.UNKNOWN, nanos::get, false);
        nanos.set(1_000_000_000L);
        p.update(10, 0);
        assertEquals("loading: 10 articles, 10 articles/s", p.line());
    }
}
