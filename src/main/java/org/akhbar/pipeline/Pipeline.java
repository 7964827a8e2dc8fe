package org.akhbar.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.actor.ActorExtractor;
import org.akhbar.extract.agreement.AgreementExtractor;
import org.akhbar.extract.statement.StatementExtractor;
import org.akhbar.extract.time.DatelineExtractor;
import org.akhbar.extract.time.TimeExtractor;
import org.akhbar.graph.ArticleGraph;
import org.akhbar.graph.ArticleGraphMapper;
import org.akhbar.source.Article;
import org.akhbar.text.TextAnalyzer;

/**
 * Runs the extractors over an article, in order, and maps the result to RDF. Immutable and
 * thread-safe: one instance serves every worker.
 */
public final class Pipeline {
    private final List<Extractor> extractors;
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();

    private Pipeline(List<Extractor> extractors) { this.extractors = List.copyOf(extractors); }

    /**
     * Every extractor Akhbar has, in dependency order: the dateline (publication date) before
     * dates are resolved, actors before statements and agreements, which read both.
     */
    public static Pipeline standard() {
        return standard(new ActorExtractor());
    }

    /** The standard pipeline with another actor extractor (a name model trained on other data, or none). */
    public static Pipeline standard(ActorExtractor actors) {
        return builder().add(new DatelineExtractor()).add(actors).add(new TimeExtractor())
                .add(new StatementExtractor()).add(new AgreementExtractor()).build();
    }

    /** This pipeline with one more extractor run last (one that reports on what the others found). */
    public Pipeline then(Extractor e) {
        List<Extractor> all = new ArrayList<>(extractors);
        all.add(e);
        return new Pipeline(all);
    }

    public static Builder builder() { return new Builder(); }

    public static final class Builder {
        private final List<Extractor> extractors = new ArrayList<>();

        public Builder add(Extractor e) { extractors.add(e); return this; }

        public Pipeline build() { return new Pipeline(extractors); }
    }

    public ArticleAnalysis analyze(Article article) {
        ArticleAnalysis analysis = new ArticleAnalysis(article, TextAnalyzer.analyze(article.text()));
        for (Extractor e : extractors) e.extract(analysis);
        return analysis;
    }

    public ArticleGraph process(Article article) {
        return mapper.map(analyze(article));
    }
}
