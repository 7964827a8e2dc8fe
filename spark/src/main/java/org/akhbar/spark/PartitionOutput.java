package org.akhbar.spark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.graph.Vocab;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The files of one partition: its gzipped N-Quads shard ({@code shards/part-NNNNN.nq.gz}) and
 * the records it skipped ({@code bad-records/part-NNNNN.jsonl}). Both are written under a
 * folder of this task attempt and moved into place by {@link #commit}, so a failed or
 * speculative attempt never leaves half a shard where a loader would read it. (Spark's file
 * writers commit the same way, but one of them writes one data set per job; the shard and
 * the side output come from one pass over the partition.)
 */
final class PartitionOutput implements AutoCloseable {
    static final String SHARDS = "shards";
    static final String BAD_RECORDS = "bad-records";
    static final String TEMPORARY = "_temporary";
    private static final JsonFactory JSON = new JsonFactory();

    private final FileSystem fs;
    private final Path attempt;
    private final Path shardFinal;
    private final Path badFinal;
    private final Path shardTemp;
    private final Path badTemp;
    private final OutputStream shardStream;
    private final StreamRDF quads;
    private JsonGenerator bad;
    private boolean committed;

    PartitionOutput(FileSystem fs, Path output, int partition, long attemptId) throws IOException {
        this.fs = fs;
        String part = String.format("part-%05d", partition);
        this.attempt = new Path(new Path(output, TEMPORARY), part + "-attempt-" + attemptId);
        this.shardFinal = new Path(new Path(output, SHARDS), part + ".nq.gz");
        this.badFinal = new Path(new Path(output, BAD_RECORDS), part + ".jsonl");
        this.shardTemp = new Path(attempt, part + ".nq.gz");
        this.badTemp = new Path(attempt, part + ".jsonl");
        this.shardStream = new BufferedOutputStream(new FastGzip(fs.create(shardTemp, true)), 1 << 16);
        // the same writer and prefixes as `akhbar extract --format nquads` (N-Quads writes no prefixes)
        this.quads = StreamRDFWriter.getWriterStream(shardStream, RDFFormat.NQUADS, null);
        quads.start();
        quads.prefix("ak", Vocab.AK);
        quads.prefix("akr", Vocab.AKR);
    }

    /**
     * gzip at deflate's fastest level: N-Quads repeat themselves so much that level 1 still
     * shrinks a shard about sixfold, and the default level cost more time than the extraction.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    void graph(ArticleGraph g) {
        for (Triple t : g.triples()) quads.quad(Quad.create(g.graphName(), t));
    }

    void bad(BadRecord r) throws IOException {
        if (bad == null) {
            bad = JSON.createGenerator((OutputStream) fs.create(badTemp, true), com.fasterxml.jackson.core.JsonEncoding.UTF8);
            bad.setRootValueSeparator(null);
        }
        bad.writeStartObject();
        bad.writeStringField("id", r.id());
        bad.writeStringField("origin", r.origin());
        bad.writeStringField("reason", r.reason());
        bad.writeEndObject();
        bad.writeRaw('\n');
    }

    /**
     * Closes the files and moves them into place. Another attempt at the same partition may
     * have got there first (speculation, or a retry after a lost executor): it wrote the same
     * records, so this attempt's copy is dropped.
     */
    void commit() throws IOException {
        quads.finish();
        shardStream.close();
        if (bad != null) bad.close();
        move(shardTemp, shardFinal);
        if (bad != null) move(badTemp, badFinal);
        fs.delete(attempt, true);
        committed = true;
    }

    private void move(Path from, Path to) throws IOException {
        fs.mkdirs(to.getParent());
        if (fs.exists(to)) return;
        if (!fs.rename(from, to) && !fs.exists(to)) throw new IOException("cannot move " + from + " to " + to);
    }

    @Override
    public void close() {
        if (committed) return;
        try {
            shardStream.close();
            if (bad != null) bad.close();
            fs.delete(attempt, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + attempt, e);
        }
    }
}
