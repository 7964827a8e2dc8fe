package org.akhbar.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.akhbar.extract.ActorClass;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.source.Article;

/**
 * Scores actor recognition on a CoNLL-style named-entity corpus (ANERcorp: one
 * {@code token TAG} a line, B-/I- PERS ORG LOC MISC, a blank line between sentences).
 * Sentences are joined into documents of {@code sentencesPerDocument} lines, so that
 * in-document linking (surname → full name) works as on real articles. A predicted mention
 * counts when it overlaps a gold entity of the matching class: Person ↔ PERS,
 * Organization ↔ ORG, Country ↔ LOC. Titles standing for a person named before («الرئيس
 * الأميركي») are coreference, not names, and are left out.
 */
public final class NerEvaluation {
    private final Pipeline pipeline;
    private final int sentencesPerDocument;

    public NerEvaluation(Pipeline pipeline, int sentencesPerDocument) {
        this.pipeline = pipeline;
        this.sentencesPerDocument = sentencesPerDocument;
    }

    /** Counts per gold class. */
    public static final class Score {
        long gold, goldFound, predicted, predictedRight;
        final List<String> missed = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();

        /** Examples of gold entities not found, for error analysis. */
        public List<String> missed() { return missed; }

        /** Examples of predicted mentions that overlap no gold entity of their class. */
        public List<String> wrong() { return wrong; }

        /** Adds another score's counts (the folds of a cross-validation). */
        public void add(Score o) {
            gold += o.gold; goldFound += o.goldFound; predicted += o.predicted; predictedRight += o.predictedRight;
            for (String m : o.missed) if (missed.size() < 200) missed.add(m);
            for (String w : o.wrong) if (wrong.size() < 200) wrong.add(w);
        }

        public double precision() { return predicted == 0 ? 0 : (double) predictedRight / predicted; }
        public double recall() { return gold == 0 ? 0 : (double) goldFound / gold; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        public long gold() { return gold; }
        public long predicted() { return predicted; }
    }

    /** Scores the pipeline on a CoNLL file. */
    public Map<ActorClass, Score> run(Path conll) throws IOException {
        return run(ConllCorpus.read(conll));
    }

    /** Scores the pipeline on sentences, {@code sentencesPerDocument} of them an article. */
    public Map<ActorClass, Score> run(List<ConllCorpus.Sentence> sentences) {
        Map<ActorClass, Score> scores = new EnumMap<>(ActorClass.class);
        for (ActorClass c : ActorClass.values()) scores.put(c, new Score());
        for (int from = 0, doc = 0; from < sentences.size(); from += sentencesPerDocument, doc++) {
            ConllCorpus.Text t = ConllCorpus.join(sentences.subList(from, Math.min(sentences.size(), from + sentencesPerDocument)));
            score(t.text(), t.entities(), scores, doc);
        }
        return scores;
    }

    private void score(String text, List<ConllCorpus.Entity> gold, Map<ActorClass, Score> scores, int doc) {
        ArticleAnalysis a = pipeline.analyze(new Article("ner" + doc, "", text, null, null, null, "anercorp"));
        // a title standing for a person named before is coreference, which the corpus does not annotate
        List<ActorMention> mentions = a.mentions().stream().filter(m -> m.kind() != ActorMention.Kind.TITLE).toList();
        for (ConllCorpus.Entity g : gold) {
            ActorClass c = classOf(g.type());
            if (c == null) continue;
            Score sc = scores.get(c);
            sc.gold++;
            boolean found = false;
            for (ActorMention m : mentions) {
                if (m.actor().actorClass() == c && m.span().begin() < g.end() && g.begin() < m.span().end()) {
                    sc.goldFound++;
                    found = true;
                    break;
                }
            }
            if (!found && sc.missed.size() < 200) sc.missed.add(text.substring(g.begin(), g.end()));
        }
        for (ActorMention m : mentions) {
            ActorClass c = m.actor().actorClass();
            Score sc = scores.get(c);
            sc.predicted++;
            boolean right = false;
            for (ConllCorpus.Entity g : gold) {
                if (classOf(g.type()) == c && m.span().begin() < g.end() && g.begin() < m.span().end()) {
                    sc.predictedRight++;
                    right = true;
                    break;
                }
            }
            if (!right && sc.wrong.size() < 200) sc.wrong.add(text.substring(m.span().begin(), m.span().end()));
        }
    }

    static ActorClass classOf(String tag) {
        return switch (tag) {
            case "PERS" -> ActorClass.PERSON;
            case "ORG" -> ActorClass.ORGANIZATION;
            case "LOC" -> ActorClass.COUNTRY;
            default -> null;
        };
    }
}
