package org.akhbar.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.graph.ArticleGraph;
import org.akhbar.graph.Vocab;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;
import org.akhbar.store.ShapeValidator;
import org.akhbar.text.ArabicTexts;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of every extractor and the graph mapping over hostile text (#8): no exception
 * escapes, every evidence span's code-point substring of the text is its nif:anchorOf, and the
 * same article always gives the same triples.
 */
class ExtractionProperties {
    static final int TRIES = 300;
    static final Pipeline PIPELINE = Pipeline.standard();

    @Provide
    Arbitrary<Article> articles() {
        Arbitrary<LocalDate> published = Arbitraries.oneOf(Arbitraries.just(null),
                Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(1990, 1, 1).plusDays(d)));
        return Combinators.combine(ArabicTexts.texts(), ArabicTexts.texts().map(s -> s.length() > 80 ? s.substring(0, 80) : s), published)
                .as((text, headline, date) -> new Article("p1", headline.isEmpty() ? null : headline, text, date, null, null, "property"));
    }

    @Property(tries = TRIES)
    void noExceptionEscapesAndEveryEvidenceSpanIsItsAnchor(@ForAll("articles") Article article) {
        ArticleAnalysis analysis = PIPELINE.analyze(article);
        assertTrue(analysis.actors() != null);
        ArticleGraph g = PIPELINE.process(article);
        checkSpans(article.text(), g.triples());
        net.jqwik.api.statistics.Statistics.label("statements").collect(!analysis.statements().isEmpty());
        net.jqwik.api.statistics.Statistics.label("agreements").collect(!analysis.agreements().isEmpty());
        net.jqwik.api.statistics.Statistics.label("times").collect(!analysis.times().isEmpty());
        net.jqwik.api.statistics.Statistics.label("actors").collect(!analysis.actors().isEmpty());
    }

    @Property(tries = TRIES)
    void theSameArticleGivesTheSameTriples(@ForAll("articles") Article article) {
        ArticleGraph a = PIPELINE.process(article), b = PIPELINE.process(article);
        assertEquals(a.triples(), b.triples());
        assertEquals(a.fingerprint(), b.fingerprint());
    }

    @Property(tries = 100)
    void everyArticleGraphConformsToTheShapes(@ForAll("articles") Article article) {
        Graph g = GraphFactory.createDefaultGraph();
        PIPELINE.process(article).triples().forEach(g::add);
        assertEquals(List.of(), new ShapeValidator().validate(g));
    }

    /** Checks every ak:Mention in the triples against the text, in code points. */
    static void checkSpans(String text, List<Triple> triples) {
        Map<Node, Integer> begin = new HashMap<>(), end = new HashMap<>();
        Map<Node, String> anchor = new HashMap<>();
        for (Triple t : triples) {
            Node p = t.getPredicate();
            if (p.equals(Vocab.NIF_BEGIN_INDEX)) begin.put(t.getSubject(), Integer.parseInt(t.getObject().getLiteralLexicalForm()));
            else if (p.equals(Vocab.NIF_END_INDEX)) end.put(t.getSubject(), Integer.parseInt(t.getObject().getLiteralLexicalForm()));
            else if (p.equals(Vocab.NIF_ANCHOR_OF)) anchor.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
        }
        int cps = text.codePointCount(0, text.length());
        for (Map.Entry<Node, String> e : anchor.entrySet()) {
            Node m = e.getKey();
            if (!begin.containsKey(m)) continue; // a time expression's own anchorOf, not a span
            int b = begin.get(m), en = end.get(m);
            if (b < 0 || b > en || en > cps) fail(m + ": [" + b + "," + en + ") outside the text of " + cps + " code points");
            int bi = text.offsetByCodePoints(0, b), ei = text.offsetByCodePoints(bi, en - b);
            assertEquals(text.substring(bi, ei), e.getValue(), m + " [" + b + "," + en + ")");
        }
        assertEquals(begin.keySet(), end.keySet());
        assertTrue(anchor.keySet().containsAll(begin.keySet()), "every span has its anchor");
    }
}
