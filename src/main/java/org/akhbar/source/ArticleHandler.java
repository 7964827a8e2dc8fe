package org.akhbar.source;

/** Receives what a reader finds, in input order: articles, and problems with inputs it skipped. */
public interface ArticleHandler {
    void article(Article article);

    void problem(InputProblem problem);
}
