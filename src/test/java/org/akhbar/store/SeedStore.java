package org.akhbar.store;

import java.nio.file.Path;
import java.util.List;

import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;

/** A store holding the seed articles, for tests that query them. */
public final class SeedStore {
    private SeedStore() {}

    /** Opens a store in {@code dir} and loads seeds/ into it; any input problem fails the test. */
    public static AkhbarStore open(Path dir) {
        AkhbarStore store = AkhbarStore.open(dir);
        new StoreLoader(store, new ParallelRunner(Pipeline.standard(), 2), 100, 100_000)
                .load(ArticleReader.builder().build(), List.of("seeds"), new StoreLoader.Listener() {
                    @Override public void progress(LoadCounts soFar) {}
                    @Override public void problem(InputProblem p) { throw new IllegalStateException(p.message()); }
                });
        return store;
    }
}
