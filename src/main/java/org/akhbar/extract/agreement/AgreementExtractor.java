package org.akhbar.extract.agreement;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Extractor;

public final class AgreementExtractor implements Extractor {
    @Override
    public void extract(ArticleAnalysis analysis) {
        // TODO scaffolding, replaced by the real extractor
    }
}
