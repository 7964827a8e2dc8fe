package org.akhbar.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.akhbar.source.Article;
import org.akhbar.text.AnalyzedText;

/**
 * The article-level result every extractor adds its facts to. Later extractors read what
 * earlier ones found here (statements use actors and dates) instead of calling each other.
 */
public final class ArticleAnalysis {
    private final Article article;
    private final AnalyzedText text;
    private LocalDate published;
    private Span publishedEvidence;
    private final Map<String, Actor> actors = new LinkedHashMap<>();
    private final List<ActorMention> mentions = new ArrayList<>();
    private final List<TimeExpression> times = new ArrayList<>();
    private final Map<Integer, ActorPhrase> phraseAt = new java.util.HashMap<>();
    private final List<Statement> statements = new ArrayList<>();
    private final List<Agreement> agreements = new ArrayList<>();

    public ArticleAnalysis(Article article, AnalyzedText text) {
        this.article = article;
        this.text = text;
        this.published = article.published();
    }

    /** No deadline: analyses built by tests and tools run to the end. */
    private long deadlineNanos = Long.MAX_VALUE;
    private long budgetMillis;

    /**
     * Gives the analysis a time budget from now. Extractors call {@link #checkBudget()} once per
     * sentence, so an article that would take longer is given up with a clear reason instead of
     * tying up a load or a server request.
     */
    public void setBudget(java.time.Duration budget) {
        budgetMillis = budget.toMillis();
        deadlineNanos = System.nanoTime() + budget.toNanos();
    }

    /** Throws {@link BudgetExceededException} once the time budget is spent. */
    public void checkBudget() {
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() > deadlineNanos) throw new BudgetExceededException(budgetMillis);
    }

    public Article article() { return article; }
    public AnalyzedText text() { return text; }

    /** Publication date from metadata, or from the dateline once that extractor ran; null if unknown. */
    public LocalDate published() { return published; }

    /** The dateline span the publication date was read from, or null when it came from metadata. */
    public Span publishedEvidence() { return publishedEvidence; }

    public void setPublishedFromText(LocalDate date, Span evidence) {
        this.published = date;
        this.publishedEvidence = evidence;
    }

    // ---- actors

    /** The article's actor with this key, created by {@code factory} on first use. */
    public Actor actor(String key, Supplier<Actor> factory) {
        return actors.computeIfAbsent(key, k -> factory.get());
    }

    public Collection<Actor> actors() { return Collections.unmodifiableCollection(actors.values()); }

    public void addMention(ActorMention m) {
        mentions.add(m);
        startingAt = null;
        mainStates = null;
    }

    /** Puts {@code with} in the place of the mention at {@code index} of {@link #mentions()} (a short form found to name another actor). */
    public void replaceMention(int index, ActorMention with) {
        mentions.set(index, with);
        startingAt = null;
        mainStates = null;
    }

    /** Per token, the mention starting / lying there: built on first lookup, so lookups are O(1), not a scan per token. */
    private ActorMention[] startingAt;
    private ActorMention[] covering;
    private List<ActorMention> byStart;

    private void indexMentions() {
        int n = text.size();
        startingAt = new ActorMention[n];
        covering = new ActorMention[n];
        byStart = new ArrayList<>(mentions);
        byStart.sort(Comparator.comparingInt(ActorMention::firstToken));
        for (ActorMention m : mentions) {
            if (m.firstToken() < n && startingAt[m.firstToken()] == null) startingAt[m.firstToken()] = m;
            for (int t = m.firstToken(); t < m.endToken() && t < n; t++) if (covering[t] == null) covering[t] = m;
        }
    }

    /** Drops actors that ended with no mention (a state named only as a place): every actor in the graph has evidence. */
    public void pruneActorsWithoutMentions() {
        java.util.Set<String> mentioned = new java.util.HashSet<>();
        for (ActorMention m : mentions) mentioned.add(m.actor().key());
        actors.keySet().retainAll(mentioned);
    }

    /** Every actor mention, in text order once the actor extractor has finished. */
    public List<ActorMention> mentions() { return Collections.unmodifiableList(mentions); }

    public void sortMentions() {
        mentions.sort(Comparator.comparingInt(ActorMention::firstToken));
        startingAt = null;
        mainStates = null;
    }

    /** Mentions whose tokens lie within {@code [from, to)}, by first token: a binary search, not a scan of the article. */
    public List<ActorMention> mentionsIn(int from, int to) {
        if (startingAt == null) indexMentions();
        return within(byStart, from, to, ActorMention::firstToken, ActorMention::endToken);
    }

    /** The mention starting at token {@code i}, or null. */
    public ActorMention mentionStartingAt(int i) {
        if (startingAt == null) indexMentions();
        return i >= 0 && i < startingAt.length ? startingAt[i] : null;
    }

    /** The mention covering token {@code i}, or null. */
    public ActorMention mentionCovering(int i) {
        if (startingAt == null) indexMentions();
        return i >= 0 && i < covering.length ? covering[i] : null;
    }

    /** Records a noun phrase headed by an actor mention (a title chain and its name). */
    public void addPhrase(ActorPhrase p) {
        for (int k = p.firstToken(); k < p.endToken(); k++) phraseAt.putIfAbsent(k, p);
    }

    /** The actor-headed phrase covering token {@code i}, or null. */
    public ActorPhrase phraseCovering(int i) { return phraseAt.get(i); }

    /**
     * The two states the article names most, in that order, or an empty list when it names
     * fewer than two: the parties of «الجانبان» / «الطرفان» and of a joint statement.
     */
    public List<Actor> mainStates() {
        if (mainStates == null) mainStates = countMainStates();
        return mainStates;
    }

    /** Cached: statements and agreements ask for it per verb; cleared when mentions change. */
    private List<Actor> mainStates;

    private List<Actor> countMainStates() {
        Map<Actor, Integer> counts = new LinkedHashMap<>();
        for (ActorMention m : mentions) if (m.actor().actorClass() == ActorClass.COUNTRY) counts.merge(m.actor(), 1, Integer::sum);
        List<Actor> top = counts.entrySet().stream()
                .sorted(Map.Entry.<Actor, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(2).map(Map.Entry::getKey).toList();
        return top.size() == 2 ? top : List.of();
    }

    // ---- dates, statements, agreements

    public void addTime(TimeExpression t) {
        times.add(t);
        timeAt = null;
        timesByStart = null;
    }

    private TimeExpression[] timeAt;

    /** The time expression starting at token {@code i}, or null. */
    public TimeExpression timeStartingAt(int i) {
        if (timeAt == null) {
            timeAt = new TimeExpression[text.size()];
            for (TimeExpression t : times) if (t.firstToken() < timeAt.length && timeAt[t.firstToken()] == null) timeAt[t.firstToken()] = t;
        }
        return i >= 0 && i < timeAt.length ? timeAt[i] : null;
    }
    public List<TimeExpression> times() { return Collections.unmodifiableList(times); }

    private List<TimeExpression> timesByStart;

    /** Time expressions whose tokens lie within {@code [from, to)}, by first token. */
    public List<TimeExpression> timesIn(int from, int to) {
        if (timesByStart == null) {
            timesByStart = new ArrayList<>(times);
            timesByStart.sort(Comparator.comparingInt(TimeExpression::firstToken));
        }
        return within(timesByStart, from, to, TimeExpression::firstToken, TimeExpression::endToken);
    }

    /**
     * The items of {@code sorted} (by first token) that lie within {@code [from, to)}: the first
     * candidate is found by binary search, so a lookup per statement keeps extraction linear.
     */
    private static <T> List<T> within(List<T> sorted, int from, int to, ToIntFunction<T> first, ToIntFunction<T> end) {
        int lo = 0, hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (first.applyAsInt(sorted.get(mid)) < from) lo = mid + 1; else hi = mid;
        }
        List<T> out = new ArrayList<>();
        for (int i = lo; i < sorted.size() && first.applyAsInt(sorted.get(i)) < to; i++) {
            if (end.applyAsInt(sorted.get(i)) <= to) out.add(sorted.get(i));
        }
        return out;
    }

    public void addStatement(Statement s) { statements.add(s); }
    public List<Statement> statements() { return Collections.unmodifiableList(statements); }

    public void addAgreement(Agreement a) { agreements.add(a); }
    public List<Agreement> agreements() { return Collections.unmodifiableList(agreements); }
}
