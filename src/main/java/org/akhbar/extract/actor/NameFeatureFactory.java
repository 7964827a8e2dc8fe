package org.akhbar.extract.actor;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.OutcomePriorFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.SentenceFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * The feature generators of Akhbar's name model, named in the model file by class so that
 * loading the model builds the same ones (OpenNLP instantiates a factory subclass by its
 * name and no-argument constructor). Besides OpenNLP's token window (two either way),
 * previous-decision map and sentence-start features it adds the token's {@link TokenShapeFeatures};
 * the lexicon tags come in through {@link NameFinderInput} as additional context.
 */
public final class NameFeatureFactory extends TokenNameFinderFactory {
    public NameFeatureFactory() {}

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        // OpenNLP's default set has word bigrams and the shape of the neighbours too; without
        // them the model cost a fifth less CPU per article (extract on 3,000 corpus articles; see NameModel)
        return new CachedFeatureGenerator(
                new WindowFeatureGenerator(new TokenFeatureGenerator(false), 2, 2),
                new TokenShapeFeatures(),
                new OutcomePriorFeatureGenerator(),
                new PreviousMapFeatureGenerator(),
                new SentenceFeatureGenerator(true, false));
    }
}
