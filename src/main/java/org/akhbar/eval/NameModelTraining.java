package org.akhbar.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.extract.actor.NameFeatureFactory;
import org.akhbar.extract.actor.NameFinderInput;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.TextAnalyzer;
import org.akhbar.text.Token;

import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains Akhbar's name model from a CoNLL corpus (ANERcorp). Each sentence is run through the
 * project's own {@link TextAnalyzer}, so the model learns on the tokens it will see in
 * articles (ANERcorp's «(د» is two tokens here, as in an article), and a gold name covers the
 * project tokens its words overlap. The trainer is OpenNLP's maximum-entropy GIS on one thread, which draws no
 * random numbers: the same data and lexicons give the same model, byte for byte apart from the
 * zip's timestamps.
 */
public final class NameModelTraining {
    /** GIS passes (OpenNLP's default). */
    static final int ITERATIONS = 100;
    /** A feature must occur this often to be kept: rarer ones mostly memorise single sentences. */
    static final int CUTOFF = 2;
    /** Sentences per document: the adaptive (earlier-decision) features are cleared between documents. */
    private final int sentencesPerDocument;

    public NameModelTraining(int sentencesPerDocument) { this.sentencesPerDocument = sentencesPerDocument; }

    public static TrainingParameters parameters() {
        TrainingParameters p = new TrainingParameters();
        p.put(TrainingParameters.ALGORITHM_PARAM, GISTrainer.MAXENT_VALUE);
        p.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        p.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        p.put(TrainingParameters.THREADS_PARAM, 1);
        return p;
    }

    public TokenNameFinderModel train(List<ConllCorpus.Sentence> sentences) {
        List<NameSample> samples = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) samples.add(sample(sentences.get(i), i % sentencesPerDocument == 0));
        try {
            return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), parameters(), new NameFeatureFactory());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the samples are in memory: no I/O happens
        }
    }

    /** One sentence as the model sees it: project tokens, lexicon tags, gold names over the tokens. */
    static NameSample sample(ConllCorpus.Sentence sentence, boolean newDocument) {
        ConllCorpus.Text t = ConllCorpus.join(List.of(sentence));
        AnalyzedText text = TextAnalyzer.analyze(t.text());
        List<Token> toks = text.tokens();
        NameFinderInput input = NameFinderInput.of(text, 0, toks.size());
        List<Span> names = new ArrayList<>();
        int last = -1;
        for (ConllCorpus.Entity e : t.entities()) {
            int first = -1, end = -1;
            for (Token tok : toks) {
                if (tok.begin() < e.end() && e.begin() < tok.end()) {
                    if (first < 0) first = tok.index();
                    end = tok.index() + 1;
                }
            }
            if (first < 0 || first < last) continue; // a name overlapping the one before it in one token: keep the first
            names.add(new Span(first, end, e.type()));
            last = end;
        }
        return new NameSample(input.tokens(), names.toArray(new Span[0]), input.tags(), newDocument);
    }
}
