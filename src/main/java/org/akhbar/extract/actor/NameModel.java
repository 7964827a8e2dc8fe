package org.akhbar.extract.actor;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.akhbar.text.AnalyzedText;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * A trained OpenNLP name finder (PERS, ORG, LOC, MISC, as ANERcorp tags them) over the
 * project's tokens, with the features of {@link NameFeatureFactory} and {@link
 * NameFinderInput}. The model shipped in the jar ({@value #RESOURCE}) is rebuilt by
 * {@code akhbar train-ner}. Thread-safe: OpenNLP's {@link NameFinderME} keeps per-document
 * state, so each thread gets its own over the one shared model.
 */
public final class NameModel {
    /** Where the shipped model lies on the class path. */
    public static final String RESOURCE = "/akhbar/actor/ner/names.bin";

    /** A name the model found: tokens {@code [first, end)} of the text, its type, the model's probability. */
    public record Found(int first, int end, String type, double probability) {}

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    private NameModel(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
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
     * The names in tokens {@code [from, to)} of one sentence. Call {@link #newDocument()} at each
     * article's start: what the finder decided for a word earlier in the article is a feature.
     */
    public List<Found> find(AnalyzedText text, int from, int to) {
        NameFinderInput input = NameFinderInput.of(text, from, to);
        NameFinderME finder = finders.get();
        Span[] spans = finder.find(input.tokens(), input.tags());
        List<Found> out = new ArrayList<>(spans.length);
        for (Span s : spans) out.add(new Found(from + s.getStart(), from + s.getEnd(), s.getType(), s.getProb()));
        return out;
    }

    /** Forgets what the finder saw in the previous article. */
    public void newDocument() { finders.get().clearAdaptiveData(); }
}
