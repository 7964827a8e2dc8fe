package org.akhbar.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

        public double precision() { return predicted == 0 ? 0 : (double) predictedRight / predicted; }
        public double recall() { return gold == 0 ? 0 : (double) goldFound / gold; }
        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }
        public long gold() { return gold; }
        public long predicted() { return predicted; }
    }

    private record Entity(int begin, int end, String tag) {}

    public Map<ActorClass, Score> run(Path conll) throws IOException {
        Map<ActorClass, Score> scores = new EnumMap<>(ActorClass.class);
        for (ActorClass c : ActorClass.values()) scores.put(c, new Score());
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        int sentences = 0, docs = 0;
        String open = null;
        int openBegin = 0;
        try (BufferedReader r = Files.newBufferedReader(conll, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty()) {
                    if (open != null) { entities.add(new Entity(openBegin, trimmedEnd(text), open)); open = null; }
                    text.append('\n');
                    if (++sentences % sentencesPerDocument == 0) {
                        score(text.toString(), entities, scores, docs++);
                        text.setLength(0);
                        entities.clear();
                    }
                    continue;
                }
                int sp = line.lastIndexOf(' ');
                if (sp < 0) continue;
                String token = line.substring(0, sp), tag = line.substring(sp + 1);
                if (open != null && !tag.equals("I-" + open)) { entities.add(new Entity(openBegin, trimmedEnd(text), open)); open = null; }
                if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') text.append(' ');
                if (tag.startsWith("B-") || (tag.startsWith("I-") && open == null)) { open = tag.substring(2); openBegin = text.length(); }
                text.append(token);
            }
        }
        if (open != null) entities.add(new Entity(openBegin, trimmedEnd(text), open));
        if (text.length() > 0) score(text.toString(), entities, scores, docs);
        return scores;
    }

    private static int trimmedEnd(StringBuilder sb) {
        int e = sb.length();
        while (e > 0 && Character.isWhitespace(sb.charAt(e - 1))) e--;
        return e;
    }

    private void score(String text, List<Entity> gold, Map<ActorClass, Score> scores, int doc) {
        ArticleAnalysis a = pipeline.analyze(new Article("ner" + doc, "", text, null, null, null, "anercorp"));
        // a title standing for a person named before is coreference, which the corpus does not annotate
        List<ActorMention> mentions = a.mentions().stream().filter(m -> m.kind() != ActorMention.Kind.TITLE).toList();
        for (Entity g : gold) {
            ActorClass c = classOf(g.tag());
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
            for (Entity g : gold) {
                if (classOf(g.tag()) == c && m.span().begin() < g.end() && g.begin() < m.span().end()) {
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
