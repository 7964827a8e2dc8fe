package org.akhbar.extract;

/** An article's extraction ran past its time budget ({@link ArticleAnalysis#setBudget}): the article is skipped. */
public final class BudgetExceededException extends RuntimeException {
    private final long budgetMillis;

    public BudgetExceededException(long budgetMillis) {
        super("extraction took longer than its time budget of " + budgetMillis + " ms (--max-seconds sets it)", null, false, false);
        this.budgetMillis = budgetMillis;
    }

    public long budgetMillis() { return budgetMillis; }
}
