package org.akhbar.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.akhbar.eval.ConllCorpus;
import org.akhbar.eval.NerCrossValidation;
import org.akhbar.eval.NerEvaluation;
import org.akhbar.extract.ActorClass;
import org.akhbar.extract.actor.ActorExtractor;
import org.akhbar.pipeline.Pipeline;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ner-eval", mixinStandardHelpOptions = true,
        description = "Scores actor recognition on a CoNLL named-entity file such as ANERcorp (../shared/data/anercorp/train.txt): "
                + "precision, recall and F1 for persons, organisations and states (LOC), a mention counting when it overlaps a gold entity of its class.")
final class NerEvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "token TAG lines, blank lines between sentences.")
    Path file;

    @Option(names = "--sentences", defaultValue = "40", description = "Sentences per document (default: ${DEFAULT-VALUE}).")
    int sentences;

    @Option(names = "--show", defaultValue = "0", description = "Print this many missed and wrong mentions per class, for error analysis.")
    int show;

    @Option(names = "--folds", defaultValue = "0",
            description = "k-fold cross-validation of the combined recogniser: for each fold a name model is trained on the other folds "
                    + "(as train-ner does) and the pipeline with it is scored on the fold; 0 (default) scores the shipped model on the whole file.")
    int folds;

    @Option(names = "--rules-only", description = "Score the gazetteer and rules without the name model (the recogniser before it).")
    boolean rulesOnly;

    @Override
    public Integer call() throws Exception {
        if (folds == 1 || folds < 0) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds needs 2 or more (or 0)");
        if (folds > 0 && rulesOnly) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds trains models; --rules-only uses none");
        List<ConllCorpus.Sentence> data = ConllCorpus.read(file);
        Map<ActorClass, NerEvaluation.Score> scores = folds > 0
                ? new NerCrossValidation(folds, sentences).run(data, spec.commandLine().getErr()::println)
                : new NerEvaluation(rulesOnly ? Pipeline.standard(new ActorExtractor(null)) : Pipeline.standard(), sentences).run(data);
        for (Map.Entry<ActorClass, NerEvaluation.Score> e : scores.entrySet()) {
            NerEvaluation.Score s = e.getValue();
            String gold = e.getKey() == ActorClass.COUNTRY ? "LOC (states only are actors)" : e.getKey().localName();
            spec.commandLine().getOut().printf("%-13s P=%.3f R=%.3f F1=%.3f  (gold %d, predicted %d)  [%s]%n", e.getKey().localName(),
                    s.precision(), s.recall(), s.f1(), s.gold(), s.predicted(), gold);
            if (show > 0) {
                spec.commandLine().getOut().println("  missed: " + String.join(" | ", s.missed().subList(0, Math.min(show, s.missed().size()))));
                spec.commandLine().getOut().println("  wrong:  " + String.join(" | ", s.wrong().subList(0, Math.min(show, s.wrong().size()))));
            }
        }
        return 0;
    }
}
