package org.akhbar.extract.actor;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Extractor;

public final class ActorExtractor implements Extractor {
    @Override
    public void extract(ArticleAnalysis analysis) {
        // TODO scaffolding, replaced by the real extractor
    }
}
