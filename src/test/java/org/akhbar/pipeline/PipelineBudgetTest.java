package org.akhbar.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.extract.BudgetExceededException;
import org.akhbar.extract.Extractor;
import org.akhbar.graph.ArticleGraph;
import org.akhbar.source.Article;
import org.akhbar.source.ArticleReader;
import org.akhbar.source.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article that takes longer than its time budget is skipped with the reason; the others go on (#19). */
class PipelineBudgetTest {
    static final String LONG = "وقال الرئيس الأمريكي جو بايدن إن الحكومة ستعمل على تحسين الأوضاع، ".repeat(4_000);
    static final String SHORT = "وقال الوزير إن الحكومة ستعمل على تحسين الأوضاع.";

    static Article article(String id, String text) {
        return new Article(id, null, text, LocalDate.of(2021, 7, 27), null, null, id + ".txt");
    }

    @Test
    void anArticlePastItsBudgetFailsWithTheBudgetInTheMessage() {
        Pipeline tight = Pipeline.standard().withBudget(Duration.ZERO);
        BudgetExceededException e = assertThrows(BudgetExceededException.class, () -> tight.analyze(article("a", LONG)));
        assertTrue(e.getMessage().contains("time budget of 0 ms"), e.getMessage());
    }

    @Test
    void theDefaultBudgetLetsALongArticleThrough() {
        assertEquals(Pipeline.DEFAULT_BUDGET, Pipeline.standard().budget());
        assertTrue(!Pipeline.standard().analyze(article("a", LONG)).statements().isEmpty());
    }

    @Test
    void theRunnerReportsTheSkippedArticleByNameAndKeepsTheRest(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), SHORT);
        Files.writeString(dir.resolve("endless.txt"), SHORT);
        Files.writeString(dir.resolve("z.txt"), SHORT);
        // an extractor that never ends on one article: the budget is what stops it
        Extractor endless = a -> {
            if (a.article().origin().contains("endless")) while (true) a.checkBudget();
        };
        Pipeline pipeline = Pipeline.builder().add(endless).budget(Duration.ofMillis(200)).build();
        List<ArticleGraph> graphs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        new ParallelRunner(pipeline, 2).run(ArticleReader.builder().build(), List.of(dir.toString()), new PipelineOutput() {
            @Override public void graph(ArticleGraph g) { graphs.add(g); }
            @Override public void problem(InputProblem p) { problems.add(p); }
        });
        assertEquals(2, graphs.size());
        assertEquals(1, problems.size());
        String message = problems.get(0).toString();
        assertTrue(message.contains("endless.txt") && message.contains("time budget of 200 ms"), message);
    }
}
