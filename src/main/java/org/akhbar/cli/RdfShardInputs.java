package org.akhbar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;
import org.akhbar.store.AkhbarStore;
import org.akhbar.store.LoadCounts;
import org.akhbar.store.ShardLoader;
import org.akhbar.store.ShardReader;
import org.akhbar.store.StoreLoader;

/**
 * The inputs of a load split into RDF shards (.nq, .trig, optionally .gz: files given, or
 * found under folders given) and article inputs (everything else; a folder is read for both).
 * Articles load first, then the shards, each through the store's bulk path when it is empty.
 */
record RdfShardInputs(List<Path> shards, List<String> articlePaths) {
    static RdfShardInputs of(List<String> paths) {
        List<Path> shards = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        for (String p : paths) {
            Path path = Path.of(p);
            if (p.equals("-") || !Files.exists(path)) {
                articles.add(p);                         // stdin, or a missing path the article reader reports
                continue;
            }
            List<Path> found;
            try {
                found = ShardReader.shardsIn(path);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list folder " + p + ": " + e.getMessage(), e);
            }
            shards.addAll(found);
            if (Files.isDirectory(path) || found.isEmpty()) articles.add(p);
        }
        return new RdfShardInputs(shards, articles);
    }

    LoadCommand.Outcome load(AkhbarStore s, InputOptions inputs, int batch, boolean bulk, PrintWriter err) {
        long t0 = System.nanoTime();
        LoadCounts total = new LoadCounts();
        long problems = 0;
        if (!articlePaths.isEmpty() && hasArticleInputs()) {
            List<String> all = inputs.paths;
            inputs.paths = articlePaths;
            try {
                LoadCommand.Outcome articles = LoadCommand.loadArticles(s, inputs, batch, bulk, err);
                total.merge(articles.counts());
                problems += articles.problems();
            } finally {
                inputs.paths = all;
            }
        }
        Problems shardProblems = new Problems(err);
        try (Progress progress = new Progress(err, new Progress.Input(0, () -> 0))) {   // shards have no byte count: no ETA
            total.merge(new ShardLoader(s, batch, 200_000, bulk).load(shards, new StoreLoader.Listener() {
                @Override
                public void progress(LoadCounts soFar) { progress.update(soFar.articles(), shardProblems.count()); }

                @Override
                public void problem(InputProblem p) {
                    progress.clear();
                    shardProblems.report(p);
                }
            }));
        }
        return new LoadCommand.Outcome(total, problems + shardProblems.count(), (System.nanoTime() - t0) / 1e9);
    }

    /** False when the only article paths are folders that hold shards and no article files (a Spark output folder). */
    private boolean hasArticleInputs() {
        for (String p : articlePaths) {
            Path path = Path.of(p);
            if (!Files.isDirectory(path)) return true;
            try (var s = Files.walk(path)) {
                if (s.filter(Files::isRegularFile).anyMatch(f -> ArticleReader.isSupported(f.getFileName().toString()))) return true;
            } catch (IOException e) {
                return true;                              // the article reader names the folder it cannot list
            }
        }
        return false;
    }
}
