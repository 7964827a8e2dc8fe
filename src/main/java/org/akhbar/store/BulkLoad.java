package org.akhbar.store;

import java.io.InputStream;

import org.akhbar.graph.ArticleGraph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.system.progress.MonitorOutput;

/**
 * Jena's own TDB2 bulk loader (the parallel plan), for an empty store only: about twice as
 * fast as transactions, but not crash-safe (a kill can leave the store unusable), so it is for
 * stores that can be rebuilt from their inputs. Use {@link #into} to stream Akhbar's graphs
 * into it, {@link #nquads} to load a file (the benchmark's yardstick).
 */
public final class BulkLoad implements AutoCloseable {
    /** Jena's loaders need an output for their progress lines; Akhbar reports its own. */
    private static final MonitorOutput QUIET = (fmt, args) -> { };
    private final DataLoader loader;
    private final StreamRDF stream;
    private long articles;
    private boolean finished;

    private BulkLoad(AkhbarStore store) {
        this.loader = LoaderFactory.parallelLoader(store.dataset(), QUIET);
        loader.startBulk();
        this.stream = loader.stream();
    }

    /** Starts a bulk load into an empty store; refuses a store that holds anything. */
    public static BulkLoad into(AkhbarStore store) {
        boolean empty = Txn.calculateRead(store.dataset(), () -> store.dataset().isEmpty());
        if (!empty) throw new IllegalStateException("--bulk loads only into an empty store; " + store.location() + " holds data (load without --bulk)");
        return new BulkLoad(store);
    }

    public void add(ArticleGraph g) {
        for (Triple t : g.triples()) stream.quad(Quad.create(g.graphName(), t));
        articles++;
    }

    public long articles() { return articles; }

    /** Builds the indexes and commits; the quads loaded. */
    public long finish() {
        loader.finishBulk();
        finished = true;
        return loader.countQuads();
    }

    @Override
    public void close() {
        if (!finished) loader.finishException(new IllegalStateException("bulk load abandoned"));
    }

    /** Loads an N-Quads stream into the store; returns the quads loaded. */
    public static long nquads(AkhbarStore store, InputStream in) {
        DataLoader loader = LoaderFactory.parallelLoader(store.dataset(), QUIET);
        loader.startBulk();
        try {
            loader.loadFromInputStream("http://example/base", in, Lang.NQUADS);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        return loader.countQuads();
    }
}
