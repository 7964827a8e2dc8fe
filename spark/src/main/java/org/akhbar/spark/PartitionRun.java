package org.akhbar.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.akhbar.source.ArticleHandler;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;

/**
 * One partition's work: one reader and one pipeline (built once, then used for every record of
 * the partition), each article extracted and written to the partition's shard, each skipped
 * record written to its side output. An article whose extraction throws is a bad record too,
 * as in {@code akhbar extract}: it never fails the task.
 */
final class PartitionRun implements ArticleHandler {
    private final int partition;
    private final ArticleReader reader;
    private final Pipeline pipeline = Pipeline.standard();
    private final PartitionOutput out;
    private Supplier<String> currentId = () -> null;
    private long articles;
    private long quads;
    private long failures;

    PartitionRun(int partition, JobSettings settings, PartitionOutput out) {
        this.partition = partition;
        this.reader = ArticleReader.builder().maxChars(settings.maxChars()).build();
        this.out = out;
    }

    ArticleReader reader() { return reader; }

    /** Names the id of the record about to be read, should it turn out bad (computed only then). */
    void nextRecord(Supplier<String> id) { this.currentId = id; }

    @Override
    public void article(Article a) {
        ArticleGraph g;
        try {
            g = pipeline.process(a);
        } catch (RuntimeException | StackOverflowError e) {
            bad(new BadRecord(a.id(), a.origin(), "extraction failed: " + e));
            return;
        }
        out.graph(g);
        articles++;
        quads += g.size();
    }

    @Override
    public void problem(InputProblem p) {
        String id;
        try {
            id = currentId.get();
        } catch (RuntimeException e) {
            id = null;                                   // the record is unreadable enough to give no id
        }
        bad(new BadRecord(id, p.origin(), p.message()));
    }

    private void bad(BadRecord r) {
        failures++;
        try {
            out.bad(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bad-records output", e);
        }
    }

    PartitionSummary summary() { return new PartitionSummary(partition, articles, quads, failures); }
}
