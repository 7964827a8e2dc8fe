package org.akhbar.store;

import java.io.InputStream;

import org.apache.jena.riot.Lang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Jena's own TDB2 bulk loader (the parallel plan), for a fresh store only: it is fast but
 * not crash-safe (a kill can leave the store unusable), so use it for stores that can be
 * rebuilt. Used by the benchmark as the yardstick for Akhbar's transactional loader.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /** Loads an N-Quads stream into the store; returns the quads loaded. */
    public static long nquads(AkhbarStore store, InputStream in) {
        DatasetGraph dsg = store.dataset();
        DataLoader loader = LoaderFactory.parallelLoader(dsg, null);
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
