package org.akhbar.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.ArticleReader;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Inputs and how to read them, shared by load, extract, serve and bench. */
public final class InputOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders (recursive): .txt, .json, .jsonl, optionally .gz; '-' reads standard input.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date of plain-text inputs (JSON records carry their own).")
    LocalDate published;

    @Option(names = "--source", paramLabel = "NAME", description = "Publisher of plain-text inputs.")
    String source;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the inputs, e.g. windows-1256 (default: UTF-8, or UTF-16 with a BOM).")
    Charset encoding;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Skip articles longer than this many characters (default: ${DEFAULT-VALUE}).")
    int maxChars;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--max-seconds", paramLabel = "S", defaultValue = "30",
            description = "Skip an article whose extraction takes longer than this, with a message (default: ${DEFAULT-VALUE}).")
    int maxSeconds;

    /** The standard extractors with this run's time budget per article. */
    Pipeline pipeline() { return withBudget(Pipeline.standard()); }

    /** {@code p} with this run's time budget per article. */
    Pipeline withBudget(Pipeline p) { return p.withBudget(java.time.Duration.ofSeconds(maxSeconds)); }

    /** Bytes read from the input files so far, for the progress line. */
    final java.util.concurrent.atomic.LongAdder bytesRead = new java.util.concurrent.atomic.LongAdder();

    ArticleReader reader() {
        return ArticleReader.builder().published(published).source(source).encoding(encoding).maxChars(maxChars)
                .countBytes(bytesRead).build();
    }

    /** The progress of reading the inputs: bytes read of the files' total. */
    Progress.Input progressInput() {
        long total = ArticleReader.sizeOf(paths);
        return new Progress.Input(total, bytesRead::sum);
    }

    int threads() { return threads != null ? threads : ParallelRunner.defaultThreads(); }
}
