package org.akhbar.extract.time;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Extractor;

public final class TimeExtractor implements Extractor {
    @Override
    public void extract(ArticleAnalysis analysis) {
        // TODO scaffolding, replaced by the real extractor
    }
}
