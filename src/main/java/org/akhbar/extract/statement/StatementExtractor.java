package org.akhbar.extract.statement;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Extractor;

public final class StatementExtractor implements Extractor {
    @Override
    public void extract(ArticleAnalysis analysis) {
        // TODO scaffolding, replaced by the real extractor
    }
}
