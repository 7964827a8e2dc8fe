package org.akhbar.extract;

/**
 * One kind of fact finder. Implementations are stateless after construction (their
 * lexicons load once) and safe to share between threads; each call adds facts to the
 * article's {@link ArticleAnalysis}, reading what earlier extractors added.
 */
public interface Extractor {
    void extract(ArticleAnalysis analysis);
}
