package org.akhbar.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.DateValue;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.Span;
import org.akhbar.extract.Statement;
import org.akhbar.extract.StatementMode;
import org.akhbar.extract.TimeExpression;
import org.akhbar.extract.statement.QuoteSpans.Quote;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.ArabicNormalizer;
import org.akhbar.text.PhraseMatcher.Match;
import org.akhbar.text.Sentence;
import org.akhbar.text.Token;

/**
 * Finds who said what: direct quotes framed by a speech verb, a participle or a colon, and
 * reported speech (a speech verb with أن / إن / إلى أن, a preposition, or a noun phrase).
 * Speakers come from the actor mentions the actor extractor left in the analysis: the subject
 * after the verb (VSO) or just before it; «وأضاف» and participles continue the last speaker;
 * «الجانبان» and a joint statement are the two states the article is about. Scare quotes —
 * short quoted phrases with no speech frame — are not statements.
 */
public final class StatementExtractor implements Extractor {
    private final SpeechLexicon lex = SpeechLexicon.get();
    /** Quotes this short (in tokens) need a speech frame right before them to count. */
    private static final int SCARE_QUOTE_MAX = 4;
    /** Words that may stand right before a verb without being its subject. */
    private static final Set<String> PARTICLES = Set.of("كما", "قد", "ثم", "لقد", "وقد", "فقد", "حيث", "بدوره", "بدورها",
            "جهته", "جهتها", "جانبه", "جانبها", "كذلك", "بينما", "فيما", "ايضا", "السياق", "ذلك", "المقابل", "لاحقا", "و", "ف");
    /** Words that open a place or time phrase, not the noun phrase a speech verb reports («أكد داخل القاعدة»). */
    private static final Set<String> NOT_CONTENT_START = Set.of("في", "داخل", "خلال", "امام", "بعد", "قبل", "عند", "لدي",
            "من", "مع", "عبر", "خارج", "اثناء", "منذ", "حيث", "امس", "اليوم");
    /** How far after a verb its subject may start, in tokens. */
    private static final int SUBJECT_WINDOW = 7;

    @Override
    public void extract(ArticleAnalysis analysis) {
        new Run(analysis).run();
    }

    private final class Run {
        final ArticleAnalysis a;
        final AnalyzedText text;
        final List<Token> toks;
        final List<Quote> quotes;
        final Map<Integer, Quote> quoteAt = new HashMap<>();
        final Set<Integer> usedQuotes = new HashSet<>();
        final List<Statement> found = new ArrayList<>();
        List<Actor> lastSpeakers = List.of();
        int lastSpeakerSentence = -10;

        Run(ArticleAnalysis a) {
            this.a = a;
            this.text = a.text();
            this.toks = text.tokens();
            this.quotes = QuoteSpans.find(text);
            for (Quote q : quotes) quoteAt.put(q.open(), q);
        }

        void run() {
            for (Sentence s : text.sentences()) sentence(s);
            Set<String> seen = new HashSet<>();
            for (Statement st : found) {
                String k = ArabicNormalizer.normalizeString(st.content()) + "|" + st.speakers();
                if (seen.add(k)) a.addStatement(st);
            }
        }

        void sentence(Sentence s) {
            headlineColon(s);
            attributed(s);
            int i = s.firstToken();
            while (i < s.endToken()) {
                Token t = toks.get(i);
                if (!t.isWord()) { i++; continue; }
                Match<SpeechLexicon.Verb> vm = lex.verbs.longestAt(toks, i);
                if (vm == null || !onlyConjunction(vm)) { i++; continue; }
                int next = verb(s, vm);
                i = Math.max(next, vm.end());
            }
            // quotes framed after: «…»، قال X  — and participles before quotes handled in verb()
            for (Quote q : quotes) {
                if (usedQuotes.contains(q.open()) || !s.contains(q.open())) continue;
                int after = q.close() + 1;
                if (after < s.endToken() && toks.get(after).is("،")) after++;
                if (after < s.endToken()) {
                    Match<SpeechLexicon.Verb> vm = lex.verbs.longestAt(toks, after);
                    if (vm != null && vm.value().finite() && q.length() > SCARE_QUOTE_MAX) {
                        List<ActorMention> subj = subjectAfter(vm.end(), s.endToken());
                        List<Actor> speakers = speakers(subj, s, vm);
                        if (!speakers.isEmpty()) emitQuote(q, speakers, subj, surfaceOf(vm), s, q.open(), vm.end());
                    }
                }
            }
        }

        /** «بايدن: التعاون … سيستمر» — a line that opens with an actor and a colon quotes it. */
        void headlineColon(Sentence s) {
            int f = s.firstToken();
            ActorMention m = a.mentionStartingAt(f);
            if (m == null || m.endToken() >= s.endToken() || !toks.get(m.endToken()).is(":")) return;
            int from = m.endToken() + 1;
            if (from >= s.endToken()) return;
            int to = trimEnd(from, s.endToken());
            if (to - from < 3) return;
            record(List.of(m.actor()), List.of(m), null, StatementMode.DIRECT_QUOTE, from, to, f, s);
        }

        /**
         * «وبحسب البيان المشترك الصادر عن الدولتين، فإن «…»», «ووفقا لوزارة الخارجية، فإن …»:
         * an attribution phrase names the source, and فإن / أن opens what it says.
         */
        void attributed(Sentence s) {
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Match<String> at = lex.attribution.longestAt(toks, i);
                if (at == null || !at.value().equals("according-to")) continue;
                int k = at.end();
                List<Actor> speakers = List.of();
                List<ActorMention> subj = List.of();
                for (int x = k; x < Math.min(s.endToken(), k + 4) && speakers.isEmpty(); x++) {
                    Match<String> js = lex.attribution.longestAt(toks, x);
                    if (js != null && js.value().equals("joint-statement")) speakers = a.mainStates();
                    ActorMention m = a.mentionStartingAt(x);
                    if (m != null) { speakers = List.of(m.actor()); subj = List.of(m); }
                }
                if (speakers.isEmpty()) continue;
                for (int x = k; x < s.endToken() && x - k <= 15; x++) {
                    Token t = toks.get(x);
                    if (lex.verbs.longestAt(toks, x) != null) break;
                    if (!(t.is("فان") || t.is("ان"))) continue;
                    int c = x + 1;
                    if (c < s.endToken() && quoteAt.containsKey(c)) {
                        emitQuote(quoteAt.get(c), speakers, subj, surfaceOf(at), s, i, c);
                    } else if (c < s.endToken()) {
                        int to = clauseEnd(c, s.endToken());
                        if (to - c >= 3) record(speakers, subj, surfaceOf(at), StatementMode.REPORTED_SPEECH, c, to, i, s);
                    }
                    return;
                }
            }
        }

        String surfaceOf(Match<?> m) {
            return text.substring(text.beginAfterClitics(m.first(), m.prefixLength()), toks.get(m.end() - 1).end());
        }

        /** A speech verb reads as one with at most a conjunction on it (وقال، فأكد), not a preposition. */
        boolean onlyConjunction(Match<SpeechLexicon.Verb> vm) {
            String c = vm.clitics();
            return c.isEmpty() || c.equals("و") || c.equals("ف");
        }

        /** Handles a speech verb at vm; returns where scanning goes on. */
        int verb(Sentence s, Match<SpeechLexicon.Verb> vm) {
            SpeechLexicon.Verb v = vm.value();
            int j = vm.end();
            // subject (VSO) or the mention just before the verb (SVO)
            List<ActorMention> subj = v.participle() ? List.of() : subjectAfter(j, s.endToken());
            if (subj.isEmpty() && !v.participle()) subj = subjectBefore(vm.first(), s);
            int k = subj.isEmpty() ? j : Math.max(j, subj.get(subj.size() - 1).endToken());
            if (!subj.isEmpty() && subj.get(0).firstToken() < vm.first()) k = j;
            if (subj.isEmpty()) k = skipBothParties(k, s.endToken());
            k = skipAdverbials(k, s.endToken());
            int ahead = v.ambiguous() ? k : thatOrQuoteAhead(k, s.endToken());
            if (ahead > k && !isScareQuoteAt(ahead)) k = ahead;
            if (k >= s.endToken()) return j;
            Token t = toks.get(k);
            boolean colon = t.is(":");
            int q0 = colon ? k + 1 : k;
            // a quote right after the frame: direct speech
            if (q0 < s.endToken() && quoteAt.containsKey(q0) && (colon || quoteAt.get(q0).length() > SCARE_QUOTE_MAX)) {
                Quote q = quoteAt.get(q0);
                if (v.ambiguous() && !colon) return j;
                if (!v.finite() && !v.participle() && !colon) return j;
                List<Actor> speakers = speakers(subj, s, vm);
                if (speakers.isEmpty()) return j;
                emitQuote(q, speakers, subj, surfaceOf(vm), s, frameStart(vm, subj), q.open());
                return q.close() + 1;
            }
            // reported speech: a complement, or a noun phrase for the verbs that take one
            Match<String> cm = lex.complements.longestAt(toks, k);
            int contentFrom;
            if (cm != null && (cm.clitics().isEmpty() || cm.value().equals("prep") || cm.clitics().equals("ب"))) {
                contentFrom = k;
                if (cm.value().equals("prep") && v.ambiguous()) return j;
                if (v.ambiguous() && nounBefore(vm.first(), s) && subj.isEmpty()) return j; // «التعاون بين …»
                // «إلى أن «…»»: the quote after the complement is direct speech
                if (cm.end() < s.endToken() && quoteAt.containsKey(cm.end())) {
                    Quote q = quoteAt.get(cm.end());
                    List<Actor> speakers = speakers(subj, s, vm);
                    if (speakers.isEmpty()) return j;
                    emitQuote(q, speakers, subj, surfaceOf(vm), s, frameStart(vm, subj), q.open());
                    return q.close() + 1;
                }
            } else if (toks.get(k).readsAs("ان") && toks.get(k).norm().length() > 2 && toks.get(k).norm().startsWith("ب")) {
                contentFrom = k;
            } else if (!colon && !subj.isEmpty() && lex.npVerbs.contains(v.lemma()) && (t.isWord() || isScareQuoteAt(k))
                    && !NOT_CONTENT_START.contains(t.norm())
                    && lex.verbs.longestAt(toks, k) == null) {
                contentFrom = k;
            } else {
                return j;
            }
            if (v.feature().startsWith("present") && subj.isEmpty()) return j; // «يذكر أن …» is the narrator
            if (v.participle() && (cm == null || !cm.value().startsWith("that") && !cm.value().equals("to-that"))) return j;
            int contentTo = clauseEnd(contentFrom, s.endToken());
            if (contentTo - contentFrom < 2) return j;
            List<Actor> speakers = speakers(subj, s, vm);
            if (speakers.isEmpty()) return j;
            record(speakers, subj, surfaceOf(vm), StatementMode.REPORTED_SPEECH, contentFrom, contentTo, frameStart(vm, subj), s);
            return contentTo;
        }

        /** A short quote with no colon before it: a scare quote («"المهمة القتالية"»), not speech. */
        boolean isScareQuoteAt(int k) {
            if (k < toks.size() && toks.get(k).is(":")) return false;
            Quote q = quoteAt.get(k);
            return q != null && q.length() <= SCARE_QUOTE_MAX;
        }

        /** Skips «الجانبان» / «البيان المشترك» standing as the subject. */
        int skipBothParties(int k, int end) {
            if (k >= end) return k;
            Match<String> at = lex.attribution.longestAt(toks, k);
            if (at != null && (at.value().equals("both-parties") || at.value().equals("joint-statement"))) return at.end();
            return k;
        }

        /**
         * «وقال بايدن خلال لقائه … "…"», «وأشار بايدن خلال اللقاء …، إلى أن …»: the content may
         * come after a prepositional phrase. Looks ahead in the sentence for أن / إن / إلى أن or
         * a quote, stopping at another speech verb; returns its position, or k.
         */
        int thatOrQuoteAhead(int k, int end) {
            for (int x = k; x < end && x - k <= 20; x++) {
                if (quoteAt.containsKey(x)) return x > k && toks.get(x - 1).is(":") ? x - 1 : x;
                Match<String> cm = lex.complements.longestAt(toks, x);
                if (cm != null && (cm.value().equals("that") || cm.value().equals("to-that")) && cm.clitics().isEmpty()) return x;
                if (x > k && lex.verbs.longestAt(toks, x) != null) return k;
            }
            return k;
        }

        int frameStart(Match<SpeechLexicon.Verb> vm, List<ActorMention> subj) {
            int f = vm.first();
            for (ActorMention m : subj) f = Math.min(f, m.firstToken());
            return f;
        }


        /** Skips commas, time expressions and adverbs between the frame and the content. */
        int skipAdverbials(int k, int end) {
            while (k < end) {
                Token t = toks.get(k);
                if (t.is("،") || t.is(",")) { k++; continue; }
                TimeExpression te = timeAt(k);
                if (te != null) { k = te.endToken(); continue; }
                String w = t.withoutConjunction();
                if (t.isWord() && (w.equals("ايضا") || w.equals("مجددا") || w.equals("بدوره") || w.equals("بدورها")
                        || w.equals("مؤخرا") || w.equals("كذلك"))) { k++; continue; }
                if (t.is("من") && k + 1 < end && toks.get(k + 1).is("جديد")) { k += 2; continue; }
                Match<String> at = lex.attribution.longestAt(toks, k);
                if (at != null && !at.value().equals("both-parties") && !at.value().equals("joint-statement")) {
                    int e = at.end();
                    // «وفقا للبيان»، «في بيان صحافي»: skip the phrase and the noun it governs
                    while (e < end && toks.get(e).isWord() && e - at.end() < 2 && lex.complements.longestAt(toks, e) == null
                            && lex.verbs.longestAt(toks, e) == null) e++;
                    k = e;
                    continue;
                }
                break;
            }
            return k;
        }

        TimeExpression timeAt(int k) { return a.timeStartingAt(k); }

        /** The subject after a verb: the first actor mention in the window, or «الجانبان» / a joint statement. */
        List<ActorMention> subjectAfter(int j, int end) {
            int limit = Math.min(end, j + SUBJECT_WINDOW);
            for (int k = j; k < limit; k++) {
                Token t = toks.get(k);
                if (quoteAt.containsKey(k) || t.is(":")) break;
                if (lex.complements.longestAt(toks, k) != null && lex.complements.longestAt(toks, k).value().startsWith("that")) break;
                ActorMention m = a.mentionStartingAt(k);
                if (m != null) {
                    List<ActorMention> out = new ArrayList<>(List.of(m));
                    // «الولايات المتحدة والعراق»: coordinated subjects
                    int n = m.endToken();
                    ActorMention m2 = n < end ? a.mentionStartingAt(n) : null;
                    if (m2 != null && toks.get(n).norm().startsWith("و")) out.add(m2);
                    return out;
                }
                Match<String> at = lex.attribution.longestAt(toks, k);
                if (at != null && (at.value().equals("both-parties") || at.value().equals("joint-statement"))) return List.of();
            }
            return List.of();
        }

        /** A content word right before the verb in its sentence: the verb has a subject of its own. */
        boolean nounBefore(int v, Sentence s) {
            if (v <= s.firstToken()) return false;
            Token prev = toks.get(v - 1);
            if (!prev.isWord()) return false;
            String w = prev.withoutConjunction();
            return !PARTICLES.contains(w) && !PARTICLES.contains(prev.norm());
        }

        /** An actor mention that ends right before the verb, in the same sentence (SVO). */
        List<ActorMention> subjectBefore(int v, Sentence s) {
            for (int k = v - 1; k >= Math.max(s.firstToken(), v - 2); k--) {
                ActorMention m = a.mentionCovering(k);
                if (m != null && m.endToken() >= v - 1) return List.of(m);
            }
            return List.of();
        }

        /** Speakers: the subject's actors; else both parties or continuation of the last speaker. */
        List<Actor> speakers(List<ActorMention> subj, Sentence s, Match<SpeechLexicon.Verb> vm) {
            if (!subj.isEmpty()) return subj.stream().map(ActorMention::actor).distinct().toList();
            int limit = Math.min(s.endToken(), vm.end() + SUBJECT_WINDOW);
            for (int k = vm.end(); k < limit; k++) {
                Match<String> at = lex.attribution.longestAt(toks, k);
                if (at != null && (at.value().equals("both-parties") || at.value().equals("joint-statement"))) return a.mainStates();
            }
            for (int k = Math.max(0, vm.first() - 6); k < vm.first(); k++) {
                Match<String> at = lex.attribution.longestAt(toks, k);
                if (at != null && at.value().equals("joint-statement")) return a.mainStates();
            }
            // «وأضاف»، «وتابع»، «وختم بيانه قائلا»، «موضحا»: the last speaker goes on
            if (!(vm.value().past() || vm.value().participle()) || s.index() - lastSpeakerSentence > 3 || lastSpeakers.isEmpty()) return List.of();
            if (!vm.value().participle() && nounBefore(vm.first(), s)) return List.of(); // «وسائل الإعلام أفادت»: an unknown subject
            boolean feminine = vm.value().feature().startsWith("past-f") || vm.value().feature().startsWith("past-pl");
            boolean person = lastSpeakers.size() == 1 && lastSpeakers.get(0).actorClass() == org.akhbar.extract.ActorClass.PERSON;
            if (!vm.value().participle() && feminine == person) return List.of();
            return lastSpeakers;
        }

        /** End of a reported clause: the sentence end, or a comma before a participle or quote. */
        int clauseEnd(int from, int end) {
            for (int k = from + 1; k < end; k++) {
                Token t = toks.get(k);
                if (quoteAt.containsKey(k) && k > from + 1 && toks.get(k - 1).is("،")) return trimEnd(from, k - 1);
                if (t.is("،") && k + 1 < end) {
                    Match<SpeechLexicon.Verb> vm = lex.verbs.longestAt(toks, k + 1);
                    if (vm != null && vm.value().participle()) return trimEnd(from, k);
                }
            }
            return trimEnd(from, end);
        }

        int trimEnd(int from, int to) { return text.trimTrailingPunctuation(from, to); }

        void emitQuote(Quote q, List<Actor> speakers, List<ActorMention> subj, String verb, Sentence s, int frameFrom, int frameTo) {
            usedQuotes.add(q.open());
            int from = q.contentFrom(), to = Math.min(q.contentTo(), toks.size());
            if (to - from < 1) return;
            record(speakers, subj, verb, StatementMode.DIRECT_QUOTE, from, to, Math.min(frameFrom, q.open()), s);
        }

        void record(List<Actor> speakers, List<ActorMention> subj, String verb, StatementMode mode, int from, int to, int frameFrom, Sentence s) {
            Span content = new Span(toks.get(from).begin(), toks.get(to - 1).end());
            // a direct quote's evidence includes its closing mark
            int spanEnd = mode == StatementMode.DIRECT_QUOTE && to < toks.size() && toks.get(to).isPunct() ? toks.get(to).end() : content.end();
            Span whole = new Span(Math.min(toks.get(frameFrom).begin(), content.begin()), spanEnd);
            List<Actor> about = new ArrayList<>();
            for (ActorMention m : a.mentionsIn(from, to)) if (!speakers.contains(m.actor()) && !about.contains(m.actor())) about.add(m.actor());
            found.add(new Statement(whole, content, text.substring(content.begin(), content.end()), mode, speakers,
                    subj.stream().map(ActorMention::span).toList(), verb, dateIn(s, frameFrom, from), about));
            lastSpeakers = speakers;
            lastSpeakerSentence = s.index();
        }

        /**
         * A resolved date in the frame of the statement (from the sentence start to the content).
         * A date after publication is not when something was said («بحلول عام 2050، أوضح …»
         * tells what is expected then), so it does not date the statement.
         */
        DateValue dateIn(Sentence s, int frameFrom, int contentFrom) {
            DateValue before = null;
            for (TimeExpression te : a.timesIn(s.firstToken(), contentFrom)) {
                if (te.value() == null || (a.publishedEvidence() != null && te.span().overlaps(a.publishedEvidence()))) continue;
                if (a.published() != null && te.value().firstDay().isAfter(a.published())) continue;
                if (te.firstToken() >= frameFrom) return te.value();
                before = te.value();
            }
            return before;
        }
    }
}
