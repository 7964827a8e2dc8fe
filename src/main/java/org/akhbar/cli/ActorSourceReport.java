package org.akhbar.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.actor.ActorSources;

/**
 * {@code extract --found-by}: runs last in the pipeline and notes, for each actor of each
 * article, which source found it. Workers call it in parallel, so it collects under a lock;
 * the lines are sorted when written, so the file does not depend on thread timing.
 */
final class ActorSourceReport implements Extractor {
    private final List<String> lines = new ArrayList<>();

    @Override
    public void extract(ArticleAnalysis a) {
        List<String> mine = new ArrayList<>();
        for (Actor actor : a.actors()) {
            mine.add(a.article().id() + "\t" + actor.actorClass().localName() + "\t" + actor.labelAr() + "\t" + ActorSources.of(a, actor));
        }
        synchronized (lines) { lines.addAll(mine); }
    }

    /** Writes the sorted lines; returns a summary: actors per source. */
    String writeTo(Path file) throws IOException {
        List<String> sorted;
        synchronized (lines) { sorted = new ArrayList<>(lines); }
        sorted.sort(null);
        Files.write(file, sorted, StandardCharsets.UTF_8);
        Map<String, Integer> bySource = new TreeMap<>();
        for (String l : sorted) bySource.merge(l.substring(l.lastIndexOf('\t') + 1), 1, Integer::sum);
        return "actors by source (" + file + "): " + bySource;
    }
}
