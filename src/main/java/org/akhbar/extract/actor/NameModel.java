package org.akhbar.extract.actor;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import org.akhbar.text.AnalyzedText;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * A trained OpenNLP name finder (PERS, ORG, LOC, MISC, as ANERcorp tags them) over the
 * project's tokens, with the features of {@link NameFeatureFactory} and {@link
 * NameFinderInput}. The model shipped in the jar ({@value #RESOURCE}) is rebuilt by
 * {@code akhbar train-ner}.
 *
 * <p>Decoding is greedy and asks the model about candidate tokens only (words no rule took
 * that could be part of a name), at the start of a run of them or while a name goes on; every
 * other token is outside any name without asking.
 * OpenNLP's {@code NameFinderME} runs a beam search that scores every token of every sentence
 * three times: measured (CPU time of extract on 3,000 corpus articles) it cost 3.5 times what
 * the whole pipeline costs without it; decoded this way it adds about half. The features are the same as NameFinderME's
 * (the factory's generators plus the lexicon tags eight tokens either way, as NameFinderME
 * adds them), so the model trained by NameFinderME.train is read as it was trained.
 *
 * <p>Thread-safe: the feature generators keep per-document state, so each thread gets its
 * own over the one shared model.
 */
public final class NameModel {
    /** Where the shipped model lies on the class path. */
    public static final String RESOURCE = "/akhbar/actor/ner/names.bin";
    /** Where OpenNLP keeps the maximum-entropy model in a name finder model. */
    private static final String MAXENT_ENTRY = "nameFinder.model";

    /** A name the model found: tokens {@code [first, end)} of the text, its type, the model's mean probability over its tokens. */
    public record Found(int first, int end, String type, double probability) {}

    private final TokenNameFinderModel model;
    private final MaxentModel maxent;
    private final ThreadLocal<Decoder> decoders;

    private NameModel(TokenNameFinderModel model) {
        this.model = model;
        if (!(model.getArtifact(MAXENT_ENTRY) instanceof MaxentModel m))
            throw new IllegalArgumentException("the name model holds no maximum-entropy model (trained with a sequence trainer?)");
        this.maxent = m;
        this.decoders = ThreadLocal.withInitial(Decoder::new);
    }

    public static NameModel of(TokenNameFinderModel model) { return new NameModel(model); }

    public TokenNameFinderModel model() { return model; }

    /** The model shipped in the jar, read once. */
    public static NameModel bundled() { return Bundled.MODEL; }

    private static final class Bundled {
        static final NameModel MODEL = read();

        private static NameModel read() {
            InputStream in = NameModel.class.getResourceAsStream(RESOURCE);
            if (in == null) throw new IllegalStateException("the name model " + RESOURCE + " is missing from the class path (akhbar train-ner builds it)");
            try (InputStream b = new BufferedInputStream(in)) {
                return new NameModel(new TokenNameFinderModel(b));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the name model " + RESOURCE, e);
            }
        }
    }

    /**
     * The names in tokens {@code [from, to)} of one sentence, asking the model only about tokens
     * {@code candidate} accepts (by text index). Call {@link #newDocument()} at each article's
     * start: what the finder decided for a word earlier in the article is a feature.
     */
    public List<Found> find(AnalyzedText text, int from, int to, IntPredicate candidate) {
        return decoders.get().decode(NameFinderInput.of(text, from, to), from, candidate, true);
    }

    /** The names in tokens {@code [from, to)}, the model asked about every token. */
    public List<Found> find(AnalyzedText text, int from, int to) {
        return decoders.get().decode(NameFinderInput.of(text, from, to), from, i -> true, false);
    }

    /** Forgets what the finder saw in the previous article. */
    public void newDocument() { decoders.get().contexts.clearAdaptiveData(); }

    /** One thread's feature generators and decoding state. */
    private final class Decoder {
        final NameContextGenerator contexts = model.getFactory().createContextGenerator();
        final AdditionalContextFeatureGenerator tags = new AdditionalContextFeatureGenerator();
        final SequenceCodec<String> codec = model.getFactory().createSequenceCodec();
        final double[] probs = new double[maxent.getNumOutcomes()];

        Decoder() {
            // as NameFinderME adds the additional context, so features match those of training
            contexts.addFeatureGenerator(new WindowFeatureGenerator(tags, 8, 8));
        }

        List<Found> decode(NameFinderInput input, int from, IntPredicate candidate, boolean runStartsOnly) {
            String[] tokens = input.tokens();
            String[] outcomes = new String[tokens.length];
            double[] p = new double[tokens.length];
            tags.setCurrentContext(input.tags());
            boolean any = false;
            for (int i = 0; i < tokens.length; i++) {
                outcomes[i] = BioCodec.OTHER;
                p[i] = 1;
                // a name starts where a run of candidate words starts (after a particle, a verb of
                // the common list, punctuation) or continues one begun: within a run the model is
                // asked again only while it reads a name, which halves what it costs
                if (!candidate.test(from + i)) continue;
                boolean runStart = i == 0 || !candidate.test(from + i - 1);
                if (runStartsOnly && !runStart && outcomes[i - 1].equals(BioCodec.OTHER)) continue;
                maxent.eval(contexts.getContext(i, tokens, outcomes, input.tags()), probs);
                double best = -1;
                for (int o = 0; o < probs.length; o++) {
                    String outcome = maxent.getOutcome(o);
                    if (probs[o] > best && valid(outcomes, i, outcome)) { best = probs[o]; outcomes[i] = outcome; }
                }
                p[i] = best;
                any |= !outcomes[i].equals(BioCodec.OTHER);
            }
            contexts.updateAdaptiveData(tokens, outcomes);
            if (!any) return List.of();
            List<Found> out = new ArrayList<>();
            for (Span s : codec.decode(Arrays.asList(outcomes))) {
                double sum = 0;
                for (int k = s.getStart(); k < s.getEnd(); k++) sum += p[k];
                out.add(new Found(from + s.getStart(), from + s.getEnd(), s.getType(), sum / s.length()));
            }
            return out;
        }
    }

    /**
     * OpenNLP's BIO rule, as its sequence validator applies it: a name continues only the name
     * of its type begun or continued at the token before. (The validator itself wants the
     * decisions before i as an array of length i; the greedy loop holds them in one array.)
     */
    static boolean valid(String[] outcomes, int i, String outcome) {
        if (!outcome.endsWith(BioCodec.CONTINUE)) return true;
        if (i == 0 || outcomes[i - 1].equals(BioCodec.OTHER)) return false;
        String prev = outcomes[i - 1];
        return prev.substring(0, prev.lastIndexOf('-')).equals(outcome.substring(0, outcome.lastIndexOf('-')));
    }
}
