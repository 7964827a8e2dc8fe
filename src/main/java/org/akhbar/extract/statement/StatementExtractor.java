package org.akhbar.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.ActorClass;
import org.akhbar.extract.ActorPhrase;
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
    /** Particles that open a clause (condition, negation, question): past one, the subject slot is over. */
    private static final Set<String> CLAUSE_PARTICLES = Set.of("اذا", "لو", "لولا", "لا", "لم", "لن", "ما", "هل", "كيف",
            "لماذا", "عندما", "حين", "لان", "لكن", "ولكن", "اما", "اذ");
    /** Relative pronouns: a verb right after one has the antecedent as its subject. */
    private static final Set<String> RELATIVES = Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان");
    /** Prepositions whose object is never the subject of the verb before them. */
    private static final Set<String> PREPOSITIONS = Set.of("في", "مع", "الي", "لدي", "امام", "عن", "من", "خلال", "عبر",
            "علي", "بين", "ضد", "نحو", "حول", "عند");
    /** How far after a verb its subject may start, in tokens. */
    private static final int SUBJECT_WINDOW = 7;
    /** Words an addressee may take between its verb and the content («جميع اليمنيين الراغبين في تصحيح أوضاعهم»). */
    private static final int ADDRESSEE_WORDS = 7;
    /** How far back (tokens) an honorific pronoun looks for the person it was introduced with: bounded, so the scan stays linear. */
    private static final int HONORIFIC_REACH = 3000;
    /** Tokens from an honorific to the name it introduces («معالي رئيس الهيئة الدكتور بندر»). */
    private static final int TITLE_CHAIN = 12;

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
        /** The sentence index of each statement in {@link #found}. */
        final List<Integer> foundIn = new ArrayList<>();
        final boolean[] sentenceStart;
        List<Actor> lastSpeakers = List.of();
        int lastSpeakerSentence = -10;

        Run(ArticleAnalysis a) {
            this.a = a;
            this.text = a.text();
            this.toks = text.tokens();
            this.quotes = QuoteSpans.find(text);
            for (Quote q : quotes) quoteAt.put(q.open(), q);
            this.sentenceStart = new boolean[toks.size() + 1];
            for (Sentence s : text.sentences()) sentenceStart[s.firstToken()] = true;
        }

        void run() {
            for (Sentence s : text.sentences()) {
                a.checkBudget();
                sentence(s);
                datedBySetting(s);
            }
            Set<String> seen = new HashSet<>();
            for (Statement st : found) {
                String k = ArabicNormalizer.normalizeString(st.content()) + "|" + st.speakers();
                if (seen.add(k)) a.addStatement(st);
            }
        }

        /**
         * «… أن الحوادث لن تثني عزائمنا. جاء ذلك خلال اجتماع مساء أمس»: a sentence that opens with a
         * setting phrase dates the undated statements of the sentence before it with its own date.
         */
        void datedBySetting(Sentence s) {
            Match<String> at = lex.attribution.longestAt(toks, s.firstToken());
            if (at == null || !at.value().equals("setting") || s.index() == 0) return;
            DateValue when = dateIn(s, s.firstToken(), s.endToken());
            if (when == null) return;
            for (int n = found.size() - 1; n >= 0 && foundIn.get(n) >= s.index() - 1; n--) {
                Statement st = found.get(n);
                if (st.date() != null || foundIn.get(n) != s.index() - 1) continue;
                found.set(n, new Statement(st.span(), st.contentSpan(), st.content(), st.mode(), st.speakers(),
                        st.speakerSpans(), st.speechVerb(), when, st.about()));
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
                if (vm == null) {
                    int next = masdarFrame(s, i);
                    if (next == i) clauseSubject(i, s);
                    i = Math.max(next, i + 1);
                    continue;
                }
                if (!onlyConjunction(vm)) { i++; continue; }
                int next = verb(s, vm);
                i = Math.max(next, vm.end());
            }
            // quotes framed after: «…»، قال X  — and participles before quotes handled in verb()
            for (int k = s.firstToken(); k < s.endToken(); k++) {
                Quote q = quoteAt.get(k);
                if (q == null || usedQuotes.contains(q.open())) continue;
                int after = q.close() + 1;
                if (after < s.endToken() && toks.get(after).is("،")) after++;
                if (after < s.endToken()) {
                    Match<SpeechLexicon.Verb> vm = lex.verbs.longestAt(toks, after);
                    if (vm != null && vm.value().finite() && q.length() > SCARE_QUOTE_MAX) {
                        Subject subj = subjectAfter(vm.end(), s.endToken());
                        List<Actor> speakers = speakers(subj, s, vm);
                        if (!speakers.isEmpty()) emitQuote(q, speakers, subj.mentions(), surfaceOf(vm), s, q.open(), vm.end());
                    }
                }
            }
        }

        /**
         * «بعد إعلان الحكومة العراقية أنها ستجري …»: a speech masdar with its subject as genitive
         * and أن right after frames a statement. Returns where scanning goes on, or i.
         */
        int masdarFrame(Sentence s, int i) {
            Match<SpeechLexicon.Verb> md = lex.masdars.longestAt(toks, i);
            if (md == null || md.value().ambiguous() || md.end() >= s.endToken()) return i;
            int k = md.end();
            ActorPhrase ph = a.phraseCovering(k);
            ActorMention m = ph != null && ph.firstToken() == k ? ph.head() : a.mentionStartingAt(k);
            if (m == null) return i;
            int after = skipAdverbials(ph != null && ph.firstToken() == k ? ph.endToken() : m.endToken(), s.endToken());
            Match<String> cm = after < s.endToken() ? lex.complements.longestAt(toks, after) : null;
            if (cm == null || !cm.clitics().isEmpty() || !(cm.value().equals("that") || cm.value().equals("to-that"))) return i;
            int to = clauseEnd(after, s.endToken());
            if (to - after < 3) return i;
            record(List.of(m.actor()), List.of(m), surfaceOf(md), StatementMode.REPORTED_SPEECH, after, to, i, s);
            return to;
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
                // the source stands right after the phrase («وفقا لوزارة الخارجية»، «بحسب البيان المشترك الصادر
                // عن الدولتين»); past فإن / أن it is the content speaking («وحسب المصادر فإن القوات …»)
                for (int x = k; x < Math.min(s.endToken(), k + 4) && speakers.isEmpty(); x++) {
                    Match<String> generic = x == k ? lex.genericSpeakers.longestAt(toks, x) : null;
                    if (toks.get(x).is("فان") || toks.get(x).is("ان") || (generic != null && generic.value().equals("source"))) break;
                    if (x > k + 1 && lex.attribution.longestAt(toks, k) == null && a.mentionStartingAt(x) != null
                            && lex.attribution.longestAt(toks, x) == null && !toks.get(x - 1).is("عن")) break;
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
            Subject subject = v.participle() ? Subject.none(j) : subjectAfter(j, s.endToken());
            if (subject.kind() == Subject.Kind.NONE && !v.participle()) {
                List<ActorMention> before = subjectBefore(vm.first(), s);
                if (!before.isEmpty()) subject = new Subject(Subject.Kind.ACTOR, before, j);
            }
            if (subject.kind() == Subject.Kind.NONE && !v.participle()) subject = antecedentOfRelative(vm.first(), s, j, v);
            if (v.lemma().equals("نقل")) subject = quotedSource(subject, s.endToken());
            List<ActorMention> subj = subject.mentions();
            int k = Math.max(j, subject.end());
            if (subject.kind() == Subject.Kind.NONE) k = skipBothParties(k, s.endToken());
            k = skipAdverbials(k, s.endToken());
            k = afterAddressee(v, k, s.endToken());
            // «اعتبر أوباما تنظيم الانتخابات "خطوة مهمة"»: the object is part of what was said
            if (lex.predicateVerbs.contains(v.lemma()) && !subj.isEmpty() && k < s.endToken() && !quoteAt.containsKey(k)
                    && nounPhraseContent(k) && lex.complements.longestAt(toks, k) == null) {
                int to = clauseEnd(k, s.endToken());
                List<Actor> speakers = to - k >= 2 ? speakers(subject, s, vm) : List.of();
                if (!speakers.isEmpty()) {
                    record(speakers, subj, surfaceOf(vm), StatementMode.REPORTED_SPEECH, k, to, frameStart(vm, subj), s);
                    return to;
                }
            }
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
                List<Actor> speakers = speakers(subject, s, vm);
                if (speakers.isEmpty()) return j;
                emitQuote(q, speakers, subj, surfaceOf(vm), s, frameStart(vm, subj), q.open());
                return q.close() + 1;
            }
            // «وأضاف: إن العلاقات …»: unquoted direct speech after a colon runs to the sentence end
            if (colon && q0 < s.endToken() && !v.ambiguous() && !quoteAt.containsKey(q0)) {
                int to = trimEnd(q0, s.endToken());
                if (to - q0 < 3) return j;
                List<Actor> speakers = speakers(subject, s, vm);
                if (speakers.isEmpty()) return j;
                record(speakers, subj, surfaceOf(vm), StatementMode.DIRECT_QUOTE, q0, to, frameStart(vm, subj), s);
                return to;
            }
            // «وقال في كلمته إذا تخلت …»: after قال a clause particle opens the speaker's own words
            int own = k;
            while (own + 2 < s.endToken() && PREPOSITIONS.contains(toks.get(own).norm())) own += 2; // «في كلمته»
            if (v.lemma().equals("قال") && v.past() && toks.get(own).isWord() && CLAUSE_PARTICLES.contains(toks.get(own).norm())) {
                int to = trimEnd(own, s.endToken());
                if (to - own < 4) return j;
                List<Actor> speakers = speakers(subject, s, vm);
                if (speakers.isEmpty()) return j;
                record(speakers, subj, surfaceOf(vm), StatementMode.DIRECT_QUOTE, own, to, frameStart(vm, subj), s);
                return to;
            }
            // reported speech: a complement, or a noun phrase for the verbs that take one
            Match<String> cm = lex.complements.longestAt(toks, k);
            int contentFrom;
            if (cm != null && (cm.clitics().isEmpty() || cm.value().equals("prep") || cm.clitics().equals("ب"))) {
                contentFrom = k;
                if (cm.value().equals("prep") && v.ambiguous() && !(v.participle() && afterComma(vm))) return j;
                if (v.ambiguous() && nounBefore(vm.first(), s) && subject.kind() == Subject.Kind.NONE) return j; // «التعاون بين …», not «وبين معاليه أن»
                // «إلى أن «…»»: the quote after the complement is direct speech
                if (cm.end() < s.endToken() && quoteAt.containsKey(cm.end())) {
                    Quote q = quoteAt.get(cm.end());
                    List<Actor> speakers = speakers(subject, s, vm);
                    if (speakers.isEmpty()) return j;
                    emitQuote(q, speakers, subj, surfaceOf(vm), s, frameStart(vm, subj), q.open());
                    return q.close() + 1;
                }
            } else if (!colon && !subj.isEmpty() && lex.npVerbs.contains(v.lemma()) && t.is("في") && k + 2 < s.endToken()
                    && toks.get(k + 1).isWord() && toks.get(k + 2).isWord() && !text.writtenWithArticle(k + 1) && lex.attribution.longestAt(toks, k) == null
                    && (text.writtenWithArticle(k + 2) || k + 3 < s.endToken() && toks.get(k + 3).isWord() && text.writtenWithArticle(k + 3))
                    && nounPhraseContent(k + 2) && lex.genericSpeakers.longestAt(toks, k + 2) == null) {
                contentFrom = k + 2;                                 // «أعلن المجلس في طرابلس حالة الطوارئ»: a place before the content
            } else if (toks.get(k).readsAs("ان") && toks.get(k).norm().length() > 2 && toks.get(k).norm().startsWith("ب")) {
                contentFrom = k;
            } else if (!colon && !subj.isEmpty() && lex.npVerbs.contains(v.lemma()) && (t.isWord() || isScareQuoteAt(k))
                    && !NOT_CONTENT_START.contains(t.norm())
                    && lex.verbs.longestAt(toks, k) == null) {
                contentFrom = k;
            } else if (v.participle() && afterComma(vm) && lex.npVerbs.contains(v.lemma()) && withPrepositionBa(t)) {
                contentFrom = k;                                     // «، مشيدة بجو الحرية»
            } else if (v.participle() && afterComma(vm) && lex.npVerbs.contains(v.lemma()) && nounPhraseContent(k)) {
                contentFrom = k;                                     // «، مجددة استعداد واشنطن لمساعدة ليبيا»
            } else {
                return j;
            }
            if (v.feature().startsWith("present") && subject.kind() == Subject.Kind.NONE) return j; // «يذكر أن …» is the narrator
            // a participle continues the last speaker with أن / إلى أن, or with the preposition of a
            // verb that takes a noun phrase («، محذرا من تحديات …»، «، مشيدة بجو الحرية»)
            if (v.participle() && !(cm == null ? (withPrepositionBa(t) || nounPhraseContent(k)) && lex.npVerbs.contains(v.lemma()) && afterComma(vm)
                    : opensContent(cm) || cm.value().equals("prep") && lex.npVerbs.contains(v.lemma()))) return j;
            int contentTo = clauseEnd(contentFrom, s.endToken());
            if (contentTo - contentFrom < 2) return j;
            List<Actor> speakers = speakers(subject, s, vm);
            if (speakers.isEmpty()) return j;
            record(speakers, subj, surfaceOf(vm), StatementMode.REPORTED_SPEECH, contentFrom, contentTo, frameStart(vm, subj), s);
            return contentTo;
        }

        /**
         * «دعا الرئيس المجتمع الدولي إلى التحرك»، «داعيا جميع المواطنين إلى الالتزام»: after a verb
         * that names whom it addresses, the content starts at the first complement within a few
         * words (أن / إلى أن, or a preposition the verb takes); the words before it are the addressee.
         */
        int afterAddressee(SpeechLexicon.Verb v, int k, int end) {
            java.util.Set<String> preps = lex.addresseeVerbs.get(v.lemma());
            if (preps == null) return k;
            for (int x = k; x < end && x - k <= ADDRESSEE_WORDS; x++) {
                if (!toks.get(x).isWord() || quoteAt.containsKey(x)) return k;
                if (x > k && lex.verbs.longestAt(toks, x) != null) return k;
                Match<String> cm = lex.complements.longestAt(toks, x);
                if (cm == null) continue;
                if (opensContent(cm) && cm.clitics().isEmpty() || cm.value().equals("prep") && preps.contains(cm.phrase())) return x;
            }
            return k;
        }

        /** A person named right after x, past a closing quote and up to two definite adjectives, or null. */
        ActorMention personClosingChain(int x, int end) {
            if (x < end && toks.get(x).isPunct() && !toks.get(x).is("،") && !toks.get(x).is(":")) x++;
            for (int n = 0; n < 2 && x < end && toks.get(x).isWord() && text.writtenWithArticle(x) && a.mentionStartingAt(x) == null; n++) x++;
            ActorMention p = x < end ? a.mentionStartingAt(x) : null;
            return p != null && p.actor().actorClass() == ActorClass.PERSON ? p : null;
        }

        /** A noun phrase can open content at k: a plain word, not a preposition, particle, verb or time («مؤكدا التزام بلاده»). */
        boolean nounPhraseContent(int k) {
            Token t = toks.get(k);
            return t.isWord() && !NOT_CONTENT_START.contains(t.norm()) && !PREPOSITIONS.contains(t.norm()) && !PARTICLES.contains(t.withoutConjunction())
                    && !CLAUSE_PARTICLES.contains(t.norm()) && lex.verbs.longestAt(toks, k) == null && timeAt(k) == null;
        }

        /** A word read with the preposition بـ on it («بجو»، «بضرورة»), not a word that starts with ب. */
        boolean withPrepositionBa(Token t) {
            if (!t.isWord()) return false;
            for (Token.Reading r : t.readings()) if (r.clitics().endsWith("ب") && r.stem().length() >= 2) return true;
            return false;
        }

        /** The verb stands right after a comma («، مشيدة بـ …»), where a participle is a participle of speech. */
        boolean afterComma(Match<SpeechLexicon.Verb> vm) {
            int p = vm.first() - 1;
            return p >= 0 && (toks.get(p).is("،") || toks.get(p).is(","));
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
                if (quoteAt.containsKey(x)) {
                    // «في مقابلة مع "الجزيرة"، "…"»: a short quoted name in the frame is not the content
                    if (isScareQuoteAt(x) && !(x > k && toks.get(x - 1).is(":"))) { x = quoteAt.get(x).close(); continue; }
                    return x > k && toks.get(x - 1).is(":") ? x - 1 : x;
                }
                Match<String> cm = lex.complements.longestAt(toks, x);
                if (cm != null && (cm.value().equals("that") || cm.value().equals("to-that")) && cm.clitics().isEmpty()) {
                    return x > k && toks.get(x - 1).is(":") ? x - 1 : x; // «وأضاف: إن …» keeps its colon
                }
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

        /**
         * The subject slot after a verb (VSO). Reads past what may stand between a verb and its
         * subject — commas, time expressions, «في بيان»-style channels, prepositional phrases
         * («لـ"الرياض"», «مع الجزيرة»: an addressee or a companion is never the subject) — to
         * the first noun phrase: an actor phrase (a title chain is headed by its person), two
         * coordinated actors, a generic subject (مصدر، شهود عيان), or a document (البيان).
         * A complement, colon or quote first means the subject is dropped (pro-drop).
         */
        Subject subjectAfter(int j, int end) {
            int limit = Math.min(end, j + SUBJECT_WINDOW);
            boolean firstWord = true, unnamed = false;
            for (int k = j; k < limit; k++) {
                Token t = toks.get(k);
                // the subject comes before any comma («وكان الوزير قال، قبل لقاء بلينكن، إن …»)
                // «وكالة أنباء "إرنا" الإيرانية»: a short quoted name inside the subject is read through
                if (quoteAt.containsKey(k) && isScareQuoteAt(k) && !firstWord) continue;
                if (quoteAt.containsKey(k) || t.is(":") || ((t.is("،") || t.is(",")) && firstWord)) break;
                // a particle opens a clause of the content: no subject comes after it («وقال في كلمته إذا …»)
                if (t.isWord() && CLAUSE_PARTICLES.contains(t.norm())) break;
                // «أعرب عن أمله في المرونة التي تبديها موسكو»: what follows a relative is its own clause
                if (t.isWord() && RELATIVES.contains(t.norm()) && k > j) break;
                Match<String> cm = lex.complements.longestAt(toks, k);
                if (cm != null && opensContent(cm) && cm.clitics().isEmpty()) break;
                ActorPhrase ph = a.phraseCovering(k);
                ActorMention m = ph != null && ph.firstToken() == k ? ph.head() : a.mentionStartingAt(k);
                int mEnd = ph != null && ph.firstToken() == k ? ph.endToken() : m == null ? k : m.endToken();
                if (m != null) {
                    if (governedByPreposition(k, m)) { k = mEnd - 1; firstWord = false; continue; }
                    // «زعيم «حزب الله» اللبناني حسن نصر الله»: an organisation after a title noun is
                    // the title's complement when a named person closes the chain
                    ActorMention person = m.actor().actorClass() != ActorClass.PERSON && k > j ? personClosingChain(mEnd, end) : null;
                    if (person != null) return new Subject(Subject.Kind.ACTOR, List.of(person), subjectTail(person.endToken(), end));
                    List<ActorMention> out = new ArrayList<>(List.of(m));
                    // «الولايات المتحدة والعراق»: coordinated subjects
                    ActorMention m2 = mEnd < end ? a.mentionStartingAt(mEnd) : null;
                    if (m2 != null && toks.get(mEnd).norm().startsWith("و")) { out.add(m2); mEnd = m2.endToken(); }
                    return new Subject(Subject.Kind.ACTOR, out, subjectTail(mEnd, end));
                }
                Match<String> at = lex.attribution.longestAt(toks, k);
                if (at != null && (at.value().equals("both-parties") || at.value().equals("joint-statement"))) return Subject.none(j);
                Match<String> generic = lex.genericSpeakers.longestAt(toks, k);
                if (generic != null && firstWord && generic.clitics().isEmpty()) {
                    Subject named = personAfterGeneric(generic.end(), end);
                    if (named != null) return named;
                    Subject.Kind kind = switch (generic.value()) {
                        case "source" -> Subject.Kind.GENERIC;
                        case "honorific" -> Subject.Kind.HONORIFIC;
                        default -> Subject.Kind.ANAPHOR;
                    };
                    return new Subject(kind, List.of(), generic.end());
                }
                // «في كلمته»، «خلال لقائه»: a preposition and its object stand before the subject
                if (t.isWord() && PREPOSITIONS.contains(t.norm()) && k + 1 < limit) {
                    ActorMention object = a.mentionStartingAt(k + 1);
                    k = quoteAt.containsKey(k + 1) ? quoteAt.get(k + 1).close() : object != null ? object.endToken() - 1 : k + 1;
                    // «على سلامة اليمن»، «عن دعم إيران»: a state right after an object in the construct
                    // state is its genitive, not the subject
                    ActorMention genitive = object == null ? a.mentionStartingAt(k + 1) : null;
                    if (genitive != null && genitive.actor().actorClass() == ActorClass.COUNTRY
                            && toks.get(k).isWord() && !text.writtenWithArticle(k)) k = genitive.endToken() - 1;
                    continue;
                }
                if (firstWord && unresolvedRole(k)) unnamed = true;
                if (t.isWord()) firstWord = firstWord && (timeAt(k) != null || PARTICLES.contains(t.withoutConjunction()));
            }
            // «أوضحت الكاتبة العامة للوزارة السيدة …، أن»: a role that names no actor we know is
            // someone else, so the statement has no speaker and does not go to the last one
            return unnamed ? new Subject(Subject.Kind.GENERIC, List.of(), j) : Subject.none(j);
        }

        /**
         * A title written with the article and its complement at k («الكاتبة العامة لوزارة …»،
         * «المدير التنفيذي للشركة»), where no actor mention starts: had the article named its
         * holder, the actor rules would have made the role a mention of them.
         */
        boolean unresolvedRole(int k) {
            Match<String> tm = lex.titles.longestAt(toks, k);
            if (tm == null || !text.writtenWithArticle(k) || a.mentionCovering(k) != null || a.phraseCovering(k) != null) return false;
            int x = tm.end();
            return x < toks.size() && toks.get(x).isWord() && (text.writtenWithArticle(x) || toks.get(x).norm().startsWith("ل")) && a.mentionCovering(x) == null;
        }

        /**
         * «قالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي كاثرين آشتون»: a generic noun (مسؤول،
         * مصدر) heading a title chain that ends in a named person is that person, not an anonymous
         * source. A person inside a prepositional phrase («مصدر مقرب من الرئيس …») is not.
         */
        Subject personAfterGeneric(int from, int end) {
            int limit = Math.min(end, from + SUBJECT_WINDOW);
            for (int x = from; x < limit; x++) {
                Token t = toks.get(x);
                if (quoteAt.containsKey(x) || t.is(":") || t.is("،") || t.is(",")) return null;
                Match<String> cm = lex.complements.longestAt(toks, x);
                if (cm != null && opensContent(cm) && cm.clitics().isEmpty() || lex.verbs.longestAt(toks, x) != null) return null;
                ActorPhrase ph = a.phraseCovering(x);
                ActorMention m = ph != null && ph.firstToken() == x ? ph.head() : a.mentionStartingAt(x);
                if (m == null) continue;
                int mEnd = ph != null && ph.firstToken() == x ? ph.endToken() : m.endToken();
                if (governedByPreposition(x, m)) { x = mEnd - 1; continue; }
                if (m.actor().actorClass() != ActorClass.PERSON) return null;
                return new Subject(Subject.Kind.ACTOR, List.of(m), subjectTail(mEnd, end));
            }
            return null;
        }

        /**
         * «وكالة أنباء "إرنا" الإيرانية أن …»: a subject read inside a short quote goes on past the
         * closing mark and up to two definite adjectives when أن follows them.
         */
        int subjectTail(int e, int end) {
            int x = e;
            if (x < end && toks.get(x).isPunct() && !toks.get(x).is("،") && !toks.get(x).is(":") && !quoteAt.containsKey(x)) x++;
            for (int n = 0; n < 2 && x < end && toks.get(x).isWord() && text.writtenWithArticle(x); n++) x++;
            Match<String> cm = x < end ? lex.complements.longestAt(toks, x) : null;
            return x > e && cm != null && opensContent(cm) && cm.clitics().isEmpty() ? x : e;
        }

        /** أن / إن / بأن or إلى أن / على أن: a complement that opens reported content, not a preposition. */
        boolean opensContent(Match<String> cm) {
            return cm.value().equals("that") || cm.value().equals("to-that");
        }

        /** A mention at k governed by a preposition: a clitic ل / ب split off it, or a preposition word before it. */
        boolean governedByPreposition(int k, ActorMention m) {
            int from = toks.get(k).begin(), to = Math.max(from, m.span().begin());
            String clitics = m.firstToken() == k ? text.substring(from, to) : "";
            if (clitics.indexOf('ل') >= 0 || clitics.indexOf('ب') >= 0) return true;
            return k > 0 && PREPOSITIONS.contains(toks.get(k - 1).norm());
        }

        /**
         * «… خلفان الكعبي، النائب الأول لرئيس الغرفة، الذي شدد على …»: a speech verb right after a
         * relative pronoun has the pronoun's antecedent as subject, the nearest actor before it.
         */
        Subject antecedentOfRelative(int v, Sentence s, int j, SpeechLexicon.Verb verb) {
            if (v - 1 <= s.firstToken() || !RELATIVES.contains(toks.get(v - 1).norm())) return Subject.none(j);
            // «الأعمال التي قال إنها …»: a relative that does not agree with the verb is its object,
            // and the verb's own subject is dropped
            boolean feminineRelative = toks.get(v - 1).norm().startsWith("الت") || toks.get(v - 1).norm().startsWith("اللت");
            if (feminineRelative != verb.feature().startsWith("past-f")) return Subject.none(j);
            // a person before an apposition («الكعبي، النائب الأول لرئيس غرفة أبوظبي، الذي …») is the
            // antecedent rather than the organisation or state inside the apposition
            ActorMention nearest = null;
            for (int k = v - 2; k >= Math.max(s.firstToken(), v - 14); k--) {
                ActorPhrase ph = a.phraseCovering(k);
                ActorMention m = ph != null ? ph.head() : a.mentionCovering(k);
                if (m == null) continue;
                if (m.actor().actorClass() == ActorClass.PERSON) return new Subject(Subject.Kind.ACTOR, List.of(m), j);
                if (nearest == null) nearest = m;
            }
            return nearest == null ? Subject.none(j) : new Subject(Subject.Kind.ACTOR, List.of(nearest), j);
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

        /**
         * The speakers of a verb and the discourse state after it. A named subject speaks; a
         * generic one (مصدر مطلع) speaks too but names nobody, so nothing is emitted and «وأضاف»
         * after it does not reach back to an earlier speaker; a document (البيان) or an honorific
         * (سموه) speaks for the speaker just before it. With no subject: both parties, a joint statement, or the last
         * speaker goes on («وأضاف»، «وتابع»، «مشيرا») — whatever the verb's gender, since «الجيش»
         * is masculine and «الوزارة» feminine, and a speaker's gender is not known.
         */
        List<Actor> speakers(Subject subject, Sentence s, Match<SpeechLexicon.Verb> vm) {
            switch (subject.kind()) {
                case ACTOR -> { return subject.mentions().stream().map(ActorMention::actor).distinct().toList(); }
                case GENERIC -> { forgetSpeaker(s); return List.of(); }
                case HONORIFIC -> {
                    Actor titled = personTitledAs(honorificNoun(toks.get(subject.end() - 1).norm()), vm.first());
                    if (titled != null) return List.of(titled);
                    if (!lastSpeakers.isEmpty() && s.index() - lastSpeakerSentence <= 2) return lastSpeakers;
                    Actor person = lastPersonBefore(vm.first());
                    if (person != null) return List.of(person);
                    forgetSpeaker(s);
                    return List.of();
                }
                case ANAPHOR -> {
                    if (!lastSpeakers.isEmpty() && s.index() - lastSpeakerSentence <= 2) return lastSpeakers;
                    forgetSpeaker(s);
                    return List.of();
                }
                default -> { }
            }
            int limit = Math.min(s.endToken(), vm.end() + SUBJECT_WINDOW);
            for (int k = vm.end(); k < limit; k++) {
                // «الجانبان» in the subject slot, not «بين البلدين» inside the content
                Match<String> cm = lex.complements.longestAt(toks, k);
                if (quoteAt.containsKey(k) || toks.get(k).is(":") || (cm != null && opensContent(cm) && cm.clitics().isEmpty())) break;
                Match<String> at = lex.attribution.longestAt(toks, k);
                if (at != null && (at.value().equals("both-parties") || at.value().equals("joint-statement"))) return a.mainStates();
            }
            for (int k = Math.max(0, vm.first() - 6); k < vm.first(); k++) {
                Match<String> at = lex.attribution.longestAt(toks, k);
                if (at != null && at.value().equals("joint-statement")) return a.mainStates();
            }
            if (!(vm.value().past() || vm.value().participle()) || s.index() - lastSpeakerSentence > 3 || lastSpeakers.isEmpty()) return List.of();
            if (!vm.value().participle() && nounBefore(vm.first(), s)) return List.of(); // «وسائل الإعلام أفادت»: an unknown subject
            return lastSpeakers;
        }

        /** «معاليه» → معالي, «فخامته» → فخامه, «سموه» → سمو: the honorific noun the pronoun form stands for. */
        String honorificNoun(String pronounForm) {
            String w = pronounForm.endsWith("ها") ? pronounForm.substring(0, pronounForm.length() - 2)
                    : pronounForm.endsWith("ه") ? pronounForm.substring(0, pronounForm.length() - 1) : pronounForm;
            return w.endsWith("ت") ? w.substring(0, w.length() - 1) + "ه" : w;
        }

        /**
         * «رفع معالي رئيس الهيئة الدكتور بندر العيبان … وقال معاليه»: the person introduced with the
         * same honorific (معالي، صاحب السمو، فخامة) before token v, or null.
         */
        Actor personTitledAs(String honorific, int v) {
            // each call scans back only to where the last call for this honorific stopped (less
            // the width of a title chain), so a run of «وقال معاليه» costs one pass over the article
            Titled seen = titledSeen.get(honorific);
            int stop = seen == null ? Math.max(0, v - HONORIFIC_REACH) : Math.max(0, seen.scannedTo() - TITLE_CHAIN);
            Actor found = null;
            for (int k = v - 1; k >= stop && found == null; k--) {
                if (!toks.get(k).isWord() || !toks.get(k).readsAs(honorific)) continue;
                for (int x = k + 1; x < Math.min(v, k + TITLE_CHAIN) && found == null; x++) {
                    ActorMention m = a.mentionStartingAt(x);
                    if (m != null && m.actor().actorClass() == ActorClass.PERSON) found = m.actor();
                }
            }
            if (found == null && seen != null) found = seen.person();
            titledSeen.put(honorific, new Titled(v, found));
            return found;
        }

        /** The person last introduced with an honorific, as far as the article was scanned for it. */
        record Titled(int scannedTo, Actor person) {}

        final Map<String, Titled> titledSeen = new HashMap<>();

        /** «رفع معالي رئيس الهيئة الدكتور … ثم … وقال معاليه»: the last person named before token v, within a few sentences. */
        Actor lastPersonBefore(int v) {
            for (int k = v - 1; k >= 0 && v - k < 400; k--) {
                ActorMention m = a.mentionCovering(k);
                if (m != null && m.actor().actorClass() == ActorClass.PERSON) return m.actor();
            }
            return null;
        }

        /** A subject that names nobody took the floor: continuations no longer reach the speaker before it. */
        void forgetSpeaker(Sentence s) {
            lastSpeakers = List.of();
            lastSpeakerSentence = s.index();
        }

        /**
         * «ونقلت الوكالة عن الوزير أيمن الصفدي قوله إن …»: the one quoted after عن is the speaker,
         * not the channel that reports him; «قوله / تأكيده» after him is part of the frame.
         */
        Subject quotedSource(Subject subject, int end) {
            for (int k = subject.end(); k < end && k - subject.end() <= 6; k++) {
                if (!toks.get(k).is("عن") || k + 1 >= end) continue;
                ActorPhrase ph = a.phraseCovering(k + 1);
                ActorMention m = ph != null && ph.firstToken() == k + 1 ? ph.head() : a.mentionStartingAt(k + 1);
                if (m == null) return subject;
                int e = ph != null && ph.firstToken() == k + 1 ? ph.endToken() : m.endToken();
                if (e < end && isSayingNoun(toks.get(e))) e++;
                return new Subject(Subject.Kind.ACTOR, List.of(m), e);
            }
            return subject;
        }

        /** «قوله»، «قولها»، «تأكيده»: the masdar of saying with the speaker's pronoun, in a نقل عن frame. */
        boolean isSayingNoun(Token t) {
            String w = t.norm();
            return w.startsWith("قول") || lex.masdars.longestAt(toks, t.index()) != null
                    || (w.length() > 4 && lex.masdars.longestAt(toks, t.index()) == null && (w.startsWith("تاكيد") || w.startsWith("تصريح")));
        }

        /**
         * «وزار الرئيس السوري بشار الأسد …، وأكد أن …»: a clause that opens with a verb and an
         * actor makes that actor the subject in the discourse state, speech verb or not, so a
         * dropped subject after it goes to it. Returns whether token i opened such a clause.
         */
        boolean clauseSubject(int i, Sentence s) {
            Token t = toks.get(i);
            // a clause opens at the sentence start or with و after punctuation («…، واستقبل»)
            // or right after a short fronted adverbial and its comma («وفي السياق، هنأت …»)
            boolean opens = i == s.firstToken() || (t.norm().startsWith("و") && !toks.get(i - 1).isWord())
                    || (i - s.firstToken() <= 4 && (toks.get(i - 1).is("،") || toks.get(i - 1).is(",")));
            if (!opens || !t.isWord() || t.norm().length() < 3 || i + 1 >= s.endToken()
                    || lex.complements.longestAt(toks, i) != null || CLAUSE_PARTICLES.contains(t.withoutConjunction())) return false;
            String w = t.withoutConjunction();
            if (text.writtenWithArticle(i) || PARTICLES.contains(w) || PREPOSITIONS.contains(w) || timeAt(i) != null
                    || lex.genericSpeakers.longestAt(toks, i) != null) return false;
            ActorPhrase ph = a.phraseCovering(i + 1);
            ActorMention m = ph != null && ph.firstToken() == i + 1 ? ph.head() : a.mentionStartingAt(i + 1);
            if (m == null || governedByPreposition(i + 1, m)) return false;
            lastSpeakers = List.of(m.actor());
            lastSpeakerSentence = s.index();
            return true;
        }

        /** End of a reported clause: the sentence end, or the first clause break after its first word. */
        int clauseEnd(int from, int end) {
            indexBreaks(from, end);
            int b = from + 1 < end ? nextBreak[from + 1] : end;
            // a break right at the content's first word opens nothing: the content starts there
            if (b == from + 1 && breakKind[b] != COMMA_BEFORE_PARTICIPLE) b = from + 2 < end ? nextBreak[from + 2] : end;
            if (b >= end) return trimEnd(from, end);
            return trimEnd(from, breakKind[b] == QUOTE_AFTER_COMMA ? b - 1 : b);
        }

        static final byte QUOTE_AFTER_COMMA = 1, COMMA_BEFORE_PARTICIPLE = 2, PARTICIPLE = 3, COORDINATED_VERB = 4;

        /** Per token: the first clause break at or after it in its sentence (or the sentence end), and its kind. */
        int[] nextBreak;
        byte[] breakKind;
        int breaksUpTo = -1;

        /**
         * Finds the clause breaks of the sentence ending at {@code end} once, from its end back, so
         * finding where a clause ends is a lookup and a sentence of many verbs stays linear.
         */
        void indexBreaks(int from, int end) {
            if (breaksUpTo == end) return;
            if (nextBreak == null) { nextBreak = new int[toks.size() + 1]; breakKind = new byte[toks.size() + 1]; }
            int first = from;
            while (first > 0 && !sentenceStart[first]) first--;
            int next = end;
            for (int k = end - 1; k >= first; k--) {
                breakKind[k] = breakKind(k, end);
                if (breakKind[k] != 0) next = k;
                nextBreak[k] = next;
            }
            breaksUpTo = end;
        }

        /**
         * What opens the next reported clause at token k, if anything: a quote after a comma, a
         * comma before a participle of speech, a participle of speech itself («… آيلة للسقوط مشيرا
         * في تصريح …»), or a coordinated speech verb («…، وأضاف أن …»).
         */
        byte breakKind(int k, int end) {
            Token t = toks.get(k);
            if (quoteAt.containsKey(k) && k > 0 && toks.get(k - 1).is("،")) return QUOTE_AFTER_COMMA;
            if (t.is("،") && k + 1 < end) {
                Match<SpeechLexicon.Verb> vm = lex.verbs.longestAt(toks, k + 1);
                if (vm != null && vm.value().participle()) return COMMA_BEFORE_PARTICIPLE;
            }
            if (!t.isWord()) return 0;
            Match<SpeechLexicon.Verb> vm = lex.verbs.longestAt(toks, k);
            if (vm == null || vm.value().ambiguous()) return 0;
            if (vm.value().participle() && vm.clitics().isEmpty()) return PARTICIPLE;
            if (t.norm().startsWith("و") && vm.clitics().equals("و") && vm.value().past()) return COORDINATED_VERB;
            return 0;
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
            foundIn.add(s.index());
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
