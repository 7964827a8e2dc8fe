package org.akhbar.extract.actor;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The feature generators of Akhbar's name model, named in the model file by class so that
 * loading the model builds the same ones (OpenNLP instantiates a factory subclass by its
 * name and no-argument constructor). Besides OpenNLP's token window, previous-decision map,
 * bigram and sentence-start features it adds {@link TokenShapeFeatures} one token either way;
 * the lexicon tags come in through {@link NameFinderInput} as additional context.
 */
public final class NameFeatureFactory extends TokenNameFinderFactory {
    public NameFeatureFactory() {}

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new CachedFeatureGenerator(
                new WindowFeatureGenerator(new TokenFeatureGenerator(false), 2, 2),
                new WindowFeatureGenerator(new TokenShapeFeatures(), 1, 1),
                new OutcomePriorFeatureGenerator(),
                new PreviousMapFeatureGenerator(),
                new BigramNameFeatureGenerator(),
                new SentenceFeatureGenerator(true, false));
    }
}
