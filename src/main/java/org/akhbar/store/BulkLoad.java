package org.akhbar.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.akhbar.graph.ArticleGraph;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderMain;
import org.apache.jena.tdb2.loader.main.LoaderPlan;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Jena's own TDB2 bulk loader, for an empty store only. Jena's bulk loaders write the indexes
 * outside one transaction, so a kill can leave a store unusable; Akhbar makes the load all or
 * nothing by writing a marker file into the store before it starts and deleting it once
 * Jena has committed: a store that still has the marker when it is next opened held an
 * interrupted bulk load into an empty store, and is rolled back to empty
 * ({@link #rollBackInterrupted}). Jena's ready-made plans name all six quad indexes, which an
 * Akhbar store does not have (see {@link AkhbarStore#STORE_PARAMS}), so the loader runs Jena's
 * "parallel" plan over the indexes the store does have: every index fed at once on its own
 * thread.
 */
public final class BulkLoad implements AutoCloseable {
    /** Jena's loaders need an output for their progress lines; Akhbar reports its own. */
    private static final MonitorOutput QUIET = (fmt, args) -> { };
    /** Present in a store while a bulk load into it is under way, or was cut short. */
    static final String MARKER = "akhbar-bulk-load.incomplete";
    private final Path marker;
    private final DataLoader loader;
    private final StreamRDF stream;
    private long articles;
    private long quads;
    private boolean finished;

    private final LoaderWatch watch;

    private BulkLoad(AkhbarStore store) {
        DiskSpace.require(store.location(), DiskSpace.RESERVE, "a bulk load");
        this.marker = store.location().resolve(MARKER);
        writeMarker(marker);
        this.loader = parallelLoader(store.dataset());
        this.watch = new LoaderWatch(store.location());
        loader.startBulk();
        this.stream = loader.stream();
    }

    /** Starts a bulk load into an empty store; refuses a store that holds anything. */
    public static BulkLoad into(AkhbarStore store) {
        if (!store.isEmpty()) throw new IllegalStateException("a bulk load needs an empty store; " + store.location() + " holds data");
        return new BulkLoad(store);
    }

    public void add(ArticleGraph g) {
        if (watch.failure() != null) throw watch.stop(null);
        try {
            for (Triple t : g.triples()) stream.quad(Quad.create(g.graphName(), t));
        } catch (RuntimeException | Error e) {
            throw watch.stop(e);
        }
        articles++;
        quads += g.size();
    }

    public long articles() { return articles; }

    /** The failure the watch saw (a full disk, a dead index thread) in place of {@code caught}, or {@code caught}. */
    RuntimeException failureOr(RuntimeException caught) {
        return watch.failure() != null ? watch.stop(caught) : caught;
    }

    /** What is loaded so far (not yet committed) added to {@code before}, for progress reports. */
    public LoadCounts soFar(LoadCounts before) {
        LoadCounts c = LoadCounts.allNew(articles, quads);
        c.merge(before);
        return c;
    }

    /** Builds the indexes and commits, then removes the marker; what was loaded. */
    public LoadCounts finish() {
        if (watch.failure() != null) throw watch.stop(null);
        try {
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            throw watch.stop(e);
        }
        finished = true;
        watch.close();
        try {
            Files.delete(marker);
        } catch (IOException e) {
            throw new UncheckedIOException("bulk load committed, but its marker " + marker + " could not be removed", e);
        }
        return LoadCounts.allNew(articles, loader.countQuads());
    }

    @Override
    public void close() {
        if (finished) return;
        if (watch.failure() != null) watch.abandon();
        else watch.close();
        // Jena waits here for its index threads; one that died would keep it waiting forever.
        // The marker stays, so the store is emptied when next opened, whether this returns or not.
        Thread t = new Thread(() -> loader.finishException(new IllegalStateException("bulk load abandoned")), "akhbar-bulk-abandon");
        t.setDaemon(true);
        t.start();
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while the marker says a bulk load into this empty store has not finished. */
    static boolean interrupted(Path dir) { return Files.exists(dir.resolve(MARKER)); }

    /** Loads an N-Quads stream into an empty Akhbar store with Jena's bulk loader; returns the quads loaded. */
    public static long nquads(AkhbarStore store, InputStream in) {
        DiskSpace.require(store.location(), DiskSpace.RESERVE, "a bulk load");
        try (LoaderWatch watch = new LoaderWatch(store.location())) {
            try {
                return load(parallelLoader(store.dataset()), in);
            } catch (RuntimeException | Error e) {
                throw watch.stop(e);
            }
        }
    }

    /**
     * When {@code dir} holds the marker of a bulk load that never finished, empties the store
     * (the state before that load) and returns true. Only done while holding the store's lock,
     * so a bulk load under way in another process is never touched. The marker goes last, so
     * a roll-back that is itself cut short is finished next time.
     */
    static boolean rollBackInterrupted(Path dir) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (!Files.exists(marker)) return false;
        return AkhbarStore.whileLocked(dir, () -> {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    String name = p.getFileName().toString();
                    if (!name.equals(MARKER) && !name.equals("tdb.lock")) AkhbarStore.deleteTree(p);
                }
            }
            Files.delete(marker);
        });
    }

    private static void writeMarker(Path marker) {
        try (FileChannel ch = FileChannel.open(marker, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(("A bulk load into this empty store started " + java.time.Instant.now()
                    + ". If this file is still here, the load was cut short: Akhbar empties the store when it next opens it.\n")
                    .getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }


    /**
     * The benchmark's yardstick: {@code tdb2.tdbloader --loader=parallel}, Jena's fastest
     * loader on two cores, into a new store with Jena's default layout (six quad indexes), on an
     * N-Quads stream, in {@code dir}. Returns the quads loaded. (Its default, the phased loader,
     * ran out of a 1 GB heap on the 4.8 M quads of the corpus.)
     */
    public static long jenaDefault(Path dir, InputStream in) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()));
        try {
            return load(LoaderFactory.parallelLoader(dsg, QUIET), in);
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static long load(DataLoader loader, InputStream in) {
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

    /** Jena's parallel loader plan, over the triple and quad indexes this store has. */
    private static DataLoader parallelLoader(DatasetGraph dsg) {
        StoreParams params = TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
        LoaderPlan plan = new LoaderPlan(LoaderPlans.loaderPlanParallel.dataInputType(),
                params.getTripleIndexes(), params.getQuadIndexes(), new String[][] {}, new String[][] {});
        return new LoaderMain(plan, dsg, QUIET);
    }
}
