package org.akhbar.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.BudgetExceededException;
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
    /**
     * Time one article may take before it is skipped. Extraction is linear in the article
     * (a 1,000,000-character article takes about a second), so only a defect trips it; it keeps
     * one article from stalling a load or a server request.
     */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(30);

    private final List<Extractor> extractors;
    private final Duration budget;
    private final ArticleGraphMapper mapper = new ArticleGraphMapper();

    private Pipeline(List<Extractor> extractors, Duration budget) {
        this.extractors = List.copyOf(extractors);
        this.budget = budget;
    }

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
        return new Pipeline(all, budget);
    }

    public static Builder builder() { return new Builder(); }

    /** The same extractors with another time budget per article. */
    public Pipeline withBudget(Duration perArticle) { return new Pipeline(extractors, perArticle); }

    public Duration budget() { return budget; }

    public static final class Builder {
        private final List<Extractor> extractors = new ArrayList<>();
        private Duration budget = DEFAULT_BUDGET;

        public Builder add(Extractor e) { extractors.add(e); return this; }

        /** Time one article may take; past it the article fails with {@link BudgetExceededException}. */
        public Builder budget(Duration perArticle) { this.budget = perArticle; return this; }

        public Pipeline build() { return new Pipeline(extractors, budget); }
    }

    /** @throws BudgetExceededException when the article takes longer than the budget */
    public ArticleAnalysis analyze(Article article) {
        ArticleAnalysis analysis = new ArticleAnalysis(article, TextAnalyzer.analyze(article.text()));
        analysis.setBudget(budget);
        for (Extractor e : extractors) {
            analysis.checkBudget();
            e.extract(analysis);
        }
        return analysis;
    }

    public ArticleGraph process(Article article) {
        return mapper.map(analyze(article));
    }
}
