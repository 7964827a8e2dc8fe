package org.akhbar.pipeline;

import org.akhbar.graph.ArticleGraph;
import org.akhbar.source.InputProblem;

/** What the pipeline gives back for each input, in input order. */
public interface PipelineOutput {
    void graph(ArticleGraph graph);

    void problem(InputProblem problem);
}
