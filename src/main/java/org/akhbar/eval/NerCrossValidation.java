package org.akhbar.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.akhbar.extract.ActorClass;
import org.akhbar.extract.actor.ActorExtractor;
import org.akhbar.extract.actor.NameModel;
import org.akhbar.pipeline.Pipeline;

/**
 * k-fold cross-validation of the combined recogniser (rules, gazetteer and a name model trained
 * without the fold). Folds are whole documents of {@code sentencesPerDocument} sentences, document
 * d in fold d mod k, so a fold's names are not seen in training — but the lexicons derived
 * from the whole training split (common words, first names) still know them.
 */
public final class NerCrossValidation {
    private final int folds;
    private final int sentencesPerDocument;

    public NerCrossValidation(int folds, int sentencesPerDocument) {
        if (folds < 2) throw new IllegalArgumentException("cross-validation needs at least 2 folds, not " + folds);
        this.folds = folds;
        this.sentencesPerDocument = sentencesPerDocument;
    }

    /** The summed scores of all folds; {@code progress} hears of each fold as it ends. */
    public Map<ActorClass, NerEvaluation.Score> run(List<ConllCorpus.Sentence> sentences, Consumer<String> progress) {
        Map<ActorClass, NerEvaluation.Score> total = new EnumMap<>(ActorClass.class);
        for (ActorClass c : ActorClass.values()) total.put(c, new NerEvaluation.Score());
        for (int f = 0; f < folds; f++) {
            List<ConllCorpus.Sentence> train = new ArrayList<>(), test = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) ((i / sentencesPerDocument) % folds == f ? test : train).add(sentences.get(i));
            NameModel model = NameModel.of(new NameModelTraining(sentencesPerDocument).train(train));
            Pipeline pipeline = Pipeline.standard(new ActorExtractor(model));
            Map<ActorClass, NerEvaluation.Score> s = new NerEvaluation(pipeline, sentencesPerDocument).run(test);
            s.forEach((c, score) -> total.get(c).add(score));
            progress.accept("fold " + (f + 1) + "/" + folds + ": " + test.size() + " sentences held out, persons F1 "
                    + String.format("%.3f", s.get(ActorClass.PERSON).f1()) + ", organisations F1 " + String.format("%.3f", s.get(ActorClass.ORGANIZATION).f1()));
        }
        return total;
    }
}
