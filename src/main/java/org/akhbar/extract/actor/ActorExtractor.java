package org.akhbar.extract.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ActorClass;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.ActorPhrase;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.Span;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.ArabicNormalizer;
import org.akhbar.text.PhraseMatcher.Match;
import org.akhbar.text.Token;

/**
 * Finds people, organisations and states in one left-to-right pass over the tokens:
 * gazetteer names (with clitics split off), person names after a title or role
 * («رئيس الوزراء العراقي مصطفى الكاظمي»), organisations from head nouns with their
 * complements («الحكومة العراقية», «حكومة العراق»), capitals standing for their state
 * («اتفقت واشنطن وبغداد», but not «في واشنطن»). A second pass links short forms to the
 * full names seen before (بايدن → جو بايدن, جون بايدن as a misspelling).
 */
public final class ActorExtractor implements Extractor {
    private final Gazetteer gz = Gazetteer.get();
    /** The trained name finder's proposals for names no rule found, or null: rules and gazetteer alone. */
    private final NameProposer proposer;

    /** Rules, gazetteer and the name model shipped in the jar. */
    public ActorExtractor() { this(NameModel.bundled()); }

    /** @param model the trained name finder that proposes unknown names, or null for rules and gazetteer alone */
    public ActorExtractor(NameModel model) { this.proposer = model == null ? null : new NameProposer(model); }

    /** Words before a city that make it a place, not an actor. */
    private static final Set<String> LOCATIVE = Set.of("في", "من", "الي", "داخل", "خارج", "قرب", "نحو", "حتي",
            "مطار", "مدينه", "العاصمه", "عاصمه", "سفاره", "شوارع", "ضواحي", "وسط", "جنوب", "شمال", "شرق", "غرب",
            "زياره", "لزياره", "محافظه", "مقر", "جامعه");

    /** «بن / بنت / ابن»: the word after one is always a name (the father's). */
    private static final Set<String> NASAB = Set.of("بن", "بنت", "ابن");
    /** Words that make a role a former one (سابقا، الأسبق): they stand between the role and the name. */
    private static final Set<String> FORMER = Set.of("سابقا", "السابق", "السابقه", "الاسبق");
    /** The longest name the rules accept, in tokens, connectors included. */
    private static final int MAX_NAME_TOKENS = 7;
    /** A phrase's head is among the last mentions added when the phrase is recorded. */
    private static final int RECENT_MENTIONS = 16;

    @Override
    public void extract(ArticleAnalysis analysis) {
        new Run(analysis).run();
        analysis.sortMentions();
        analysis.pruneActorsWithoutMentions();
    }

    private final class Run {
        final ArticleAnalysis a;
        final AnalyzedText text;
        final List<Token> toks;
        final boolean[] owned;
        /** Per state key: whether any mention acts (is not a bare location). */
        final Map<String, Boolean> stateActs = new HashMap<>();
        final List<ActorMention> stateMentions = new ArrayList<>();
        final Map<String, Actor> personsByRole = new HashMap<>();
        /** Head noun (وزاره، مجلس، نقابه) → the organisation last named with it, for the head alone later. */
        final Map<String, Actor> orgsByHead = new HashMap<>();

        Run(ArticleAnalysis a) {
            this.a = a;
            this.text = a.text();
            this.toks = text.tokens();
            this.owned = new boolean[toks.size()];
        }

        void run() {
            int i = 0;
            while (i < toks.size()) {
                if (!toks.get(i).isWord()) { i++; continue; }
                int next = at(i);
                i = Math.max(next, i + 1);
            }
            if (proposer != null) proposer.names(text, owned).forEach(this::proposed);
            linkShortForms();
            for (ActorMention m : stateMentions) {
                if (Boolean.TRUE.equals(stateActs.get(m.actor().key()))) a.addMention(m);
            }
        }

        /** Tries every rule at token i; returns where scanning goes on. */
        int at(int i) {
            int subjectEnd = speechSubject(i);
            if (subjectEnd > i) return subjectEnd;
            Match<GazetteerEntry> gm = gz.names.longestAt(toks, i);
            Match<Boolean> tm = gz.titles.longestAt(toks, i);
            if (tm != null && (gm == null || tm.length() >= gm.length())) {
                int end = title(tm);
                if (end > i) return end;
            }
            if (gm != null) {
                return known(gm);
            }
            Match<String> om = gz.orgHeads.longestAt(toks, i);
            if (om != null) {
                int end = organization(om);
                if (end > i) return end;
            }
            return firstName(i);
        }

        /**
         * The subject right after a speech verb at i is a speaker, so a name there needs no title
         * or listed first name: «وقال شكري إن …» (a listed person's surname alone), «وقال غونتر
         * شميت، رئيس …» (an unknown name closed by a comma or أن). Generic subjects (مصدر مطلع،
         * شهود عيان) are nobody's name. Returns the end of the name found, or i.
         */
        int speechSubject(int i) {
            Token verb = toks.get(i);
            if (!gz.speechVerbs.contains(verb.withoutConjunction()) && !gz.speechVerbs.contains(verb.norm())) return i;
            int k = i + 1;
            if (k >= toks.size() || !toks.get(k).isWord() || owned[k]) return i;
            if (gz.titles.longestAt(toks, k) != null || gz.names.longestAt(toks, k) != null || gz.orgHeads.longestAt(toks, k) != null
                    || gz.genericSpeakers.longestAt(toks, k) != null) return i;
            // «وقال شكري إن»: a listed person's surname
            GazetteerEntry e = gz.surnames.get(toks.get(k).norm());
            if (e != null && k + 1 < toks.size() && (closesName(k + 1) || gz.isStopword(toks.get(k + 1).norm()))) {
                Actor p = actorOf(e);
                p.addAltLabel(text.textOf(k, k + 1));
                add(p, span(k, k + 1, 0), k, k + 1, ActorMention.Kind.NAME);
                return k + 1;
            }
            if (gz.firstNames.contains(toks.get(k).norm())) return i; // the first-name rule reads it
            int end = unknownName(k);
            if (end <= k || end >= toks.size() || !closesName(end)) return i;
            for (int x = k; x < end; x++) {
                Token t = toks.get(x);
                if (gz.genericSpeakers.longestAt(toks, x) != null || (!isConnector(t) && !gz.firstNames.contains(t.norm())
                        && (gz.commonWords.contains(t.norm()) || gz.commonWords.contains(t.withoutConjunction())))) return i;
            }
            String surface = text.textOf(k, end);
            String name = ArabicNormalizer.personLabelSpelling(surface);
            String key = ActorKeys.of(ActorClass.PERSON, null, name);
            Actor p = a.actor(key, () -> new Actor(key, ActorClass.PERSON, name, null, null));
            p.addAltLabel(surface);
            add(p, span(k, end, 0), k, end, ActorMention.Kind.NAME);
            return end;
        }

        /** «محمد البرادعي»: a known first name and one or two name-like words make a person without a title. */
        int firstName(int i) {
            Token t = toks.get(i);
            int prefix = -1;
            for (Token.Reading r : t.readings()) {
                if ((r.clitics().isEmpty() || r.clitics().equals("و")) && gz.firstNames.contains(r.stem())) { prefix = r.prefixLength(); break; }
            }
            if (prefix < 0 || i + 1 >= toks.size()) return i + 1;
            // «أعز جنده ونصر عبده»: with و a first name coordinates actors, so an actor or a
            // clause boundary stands before it; after any other word it is a verb or a noun
            if (prefix > 0 && i > 0 && toks.get(i - 1).isWord() && !owned[i - 1]) return i + 1;
            if (!nameLike(toks.get(i + 1)) && !isConnector(toks.get(i + 1)) && !(gz.nisbaCountry(toks.get(i + 1).norm()) != null && i + 2 < toks.size() && closesName(i + 2))) return i + 1;
            // «فيصل بن خالد»: a listed first name after بن continues a name that began before it
            if (i >= 2 && NASAB.contains(toks.get(i - 1).norm()) && !owned[i - 2] && nameLike(toks.get(i - 2))) {
                int from = i - 2;
                int end = unknownName(from);
                if (end > i) {
                    Span span = span(from, end, 0);
                    String surface = text.substring(span.begin(), span.end());
                    String name = ArabicNormalizer.personLabelSpelling(surface);
                    String key = ActorKeys.of(ActorClass.PERSON, null, name);
                    Actor p = a.actor(key, () -> new Actor(key, ActorClass.PERSON, name, null, null));
                    p.addAltLabel(surface);
                    add(p, span, from, end, ActorMention.Kind.NAME);
                    return end;
                }
            }
            int end = unknownName(i);
            if (end <= i + 1) return i + 1;
            Span span = span(i, end, prefix);
            String surface = text.substring(span.begin(), span.end());
            String name = ArabicNormalizer.personLabelSpelling(surface);
            String key = ActorKeys.of(ActorClass.PERSON, null, name);
            Actor p = a.actor(key, () -> new Actor(key, ActorClass.PERSON, name, null, null));
            p.addAltLabel(surface);
            add(p, span, i, end, ActorMention.Kind.NAME);
            return end;
        }

        /** A name the trained model proposed and the label rules accepted ({@link NameProposer}): a new person or organisation. */
        void proposed(NameProposer.Name n) {
            Span span = span(n.first(), n.end(), n.prefix());
            String surface = label(span, n.clitics());
            boolean person = n.actorClass() == ActorClass.PERSON;
            String name = person ? ArabicNormalizer.personLabelSpelling(surface) : ArabicNormalizer.labelSpelling(ArabicNormalizer.lightNormalize(surface));
            String key = person ? ActorKeys.of(ActorClass.PERSON, null, name)
                    // «للاتحاد» reads as الاتحاد with the ل fused: the key starts after both
                    : ActorClass.ORGANIZATION.keyPrefix() + "/" + canonical(n.first(), n.end(), n.prefix() + (n.clitics().endsWith("ل+ال") ? 1 : 0));
            Actor actor = a.actor(key, () -> new Actor(key, n.actorClass(), name, null, null));
            actor.addAltLabel(text.substring(span.begin(), span.end()));
            add(actor, span, n.first(), n.end(), ActorMention.Kind.PROPOSED);
        }

        // ---- gazetteer names

        /** Adds the mention of a gazetteer name; returns the end of what it covered. */
        int known(Match<GazetteerEntry> m) {
            GazetteerEntry e = m.value();
            Actor actor = actorOf(e);
            Span span = span(m.first(), m.end(), m.prefixLength());
            String surface = label(span, m.clitics());
            if (e.actorClass() == ActorClass.COUNTRY) {
                boolean place = isLocative(m);
                if (e.capital() && place) return m.end();
                ActorMention mention = new ActorMention(actor, span, m.first(), m.end(),
                        e.capital() ? ActorMention.Kind.METONYM : ActorMention.Kind.NAME);
                stateActs.merge(e.key(), !place, Boolean::logicalOr);
                stateMentions.add(mention);
                if (!e.capital()) actor.addAltLabel(surface);
                mark(m.first(), m.end());
                return m.end();
            }
            if (e.role() != null && !e.role().isEmpty() && e.actorClass() == ActorClass.PERSON) {
                personsByRole.putIfAbsent(norm(e.role()), actor);
            }
            int first = m.first();
            // «جون بايدن»: a first name one letter off before a known name is the same person
            if (e.actorClass() == ActorClass.PERSON && m.prefixLength() == 0 && first > 0 && !owned[first - 1]
                    && toks.get(first - 1).isWord() && nearFirstName(toks.get(first - 1).norm(), actor)) {
                first--;
                span = span(first, m.end(), 0);
                surface = text.substring(span.begin(), span.end());
            }
            int end = m.end();
            if (e.actorClass() == ActorClass.PERSON) {
                end = nasabAfter(end);
                if (end > m.end()) { span = span(first, end, first == m.first() ? m.prefixLength() : 0); surface = text.substring(span.begin(), span.end()); }
            }
            actor.addAltLabel(surface);
            add(actor, span, first, end, ActorMention.Kind.NAME);
            Match<String> head = e.actorClass() == ActorClass.ORGANIZATION && m.length() >= 2 ? gz.orgHeads.longestAt(toks, m.first()) : null;
            if (head != null) orgsByHead.put(headKey(head), actor);
            return end;
        }

        /** The article's actor for a gazetteer entry, made on first use. */
        Actor actorOf(GazetteerEntry e) {
            return a.actor(e.key(), () -> new Actor(e.key(), e.actorClass(), e.labelAr(), e.labelEn(), e.wikidata(),
                    e.actorClass() == ActorClass.COUNTRY ? e.country() : null));
        }

        /** The name as a label: «للعراق» gives العراق, restoring the article fused into لل. */
        String label(Span span, String clitics) {
            String surface = text.substring(span.begin(), span.end());
            return clitics.endsWith("ل+ال") ? "ا" + surface : surface;
        }

        /** A city or state name after a locative word or a preposition clitic (في/من/إلى, ب/ل) names a place. */
        boolean isLocative(Match<GazetteerEntry> m) {
            String cl = m.clitics();
            int p = m.first() - 1;
            // «الدور التخريبي لإيران»، «الدعم الأميركي لأوكرانيا»: ل after a definite noun and its
            // adjective is the possessive lam, whose state is acted upon, not a place; after a
            // verb's subject («توجه الوفد لمصر») it still says where to
            if (cl.equals("ل") && p >= 1 && toks.get(p).isWord() && toks.get(p - 1).isWord()
                    && text.writtenWithArticle(p) && text.writtenWithArticle(p - 1)
                    && !LOCATIVE.contains(toks.get(p).withoutConjunction())) return false;
            if (cl.contains("ب") || cl.contains("ل")) return true;
            if (p < 0) return false;
            Token prev = toks.get(p);
            if (prev.isWord() && LOCATIVE.contains(prev.withoutConjunction())) return true;
            // «في واشنطن وبغداد»: a conjunct shares the place reading of the one before
            if (cl.startsWith("و") && prev.isWord()) {
                Match<GazetteerEntry> before = gz.names.longestAt(toks, p);
                return before != null && before.end() == m.first() && before.value().actorClass() == ActorClass.COUNTRY
                        && p > 0 && toks.get(p - 1).isWord() && LOCATIVE.contains(toks.get(p - 1).withoutConjunction());
            }
            return false;
        }

        // ---- titles and the names after them

        /** Title at tm: its complement is the role; a name after it is a person. Returns the end, or tm.first() if nothing. */
        int title(Match<Boolean> tm) {
            // «الدكتور عاطف الزيات»: a title with the article is in no construct chain, so an
            // indefinite word after it starts the name, not the role
            boolean indefiniteAfterDefinite = text.writtenWithArticle(tm.first()) && tm.end() < toks.size()
                    && toks.get(tm.end()).isWord() && !text.writtenWithArticle(tm.end());
            int roleEnd = indefiniteAfterDefinite ? tm.end() : complement(tm.end(), false, 4);
            if (tm.value() && roleEnd == tm.end()) return tm.first();
            String role = text.substring(span(tm.first(), roleEnd, tm.prefixLength()).begin(), toks.get(roleEnd - 1).end());
            // «نائب قائد الحشد الشعبي العراقي»، «رئيس العراق»: the organisation or state in a role is mentioned too
            for (int k = tm.end(); k < roleEnd; k++) {
                Match<GazetteerEntry> om = gz.names.longestAt(toks, k);
                if (om != null && om.end() <= roleEnd && om.value().actorClass() != ActorClass.PERSON) {
                    known(om);
                    k = om.end() - 1;
                }
            }
            int n = roleEnd;
            n = furtherRole(n);
            if (n < toks.size() && toks.get(n).is("،") ) n++; // apposition: «رجل الدين، مقتدى الصدر،»
            // «رئيس الهيئة الوطنية لمكافحة الفساد»: a word with ل after a title goes on describing the role
            boolean genitiveLam = n < toks.size() && toks.get(n).norm().startsWith("ل") && toks.get(n).norm().length() > 3;
            if (n >= toks.size()) return roleEnd;
            Match<GazetteerEntry> gm = gz.names.longestAt(toks, n);
            if (gm != null && gm.value().actorClass() == ActorClass.PERSON) {
                int e = known(gm);
                Actor p = a.actor(gm.value().key(), () -> null);
                p.addRole(role);
                personsByRole.put(norm(role), p);
                phrase(tm.first(), e);
                return e;
            }
            // «الرئيس الأميركي جون بايدن»: a misspelt first name before a known surname
            Match<GazetteerEntry> after = n + 1 < toks.size() ? gz.names.longestAt(toks, n + 1) : null;
            if (after != null && after.prefixLength() == 0 && after.value().actorClass() == ActorClass.PERSON) {
                GazetteerEntry e = after.value();
                Actor p = actorOf(e);
                if (nearFirstName(toks.get(n).norm(), p)) {
                    Span sp = span(n, after.end(), 0);
                    p.addAltLabel(text.substring(sp.begin(), sp.end()));
                    p.addRole(role);
                    personsByRole.put(norm(role), p);
                    add(p, sp, n, after.end(), ActorMention.Kind.NAME);
                    phrase(tm.first(), after.end());
                    return after.end();
                }
            }
            int longForm = genitiveLam ? n : knownSurnameAfter(n);
            if (longForm > n) {
                // «وزير الخارجية عادل بن أحمد الجبير»: a longer form of a listed person's name
                Match<GazetteerEntry> tail = gz.names.longestAt(toks, longForm - 1);
                Actor p = actorOf(tail.value());
                Span sp = span(n, longForm, 0);
                p.addAltLabel(text.substring(sp.begin(), sp.end()));
                p.addRole(role);
                personsByRole.put(norm(role), p);
                add(p, sp, n, longForm, ActorMention.Kind.NAME);
                phrase(tm.first(), longForm);
                return longForm;
            }
            int nameEnd = genitiveLam ? n : otherPersonWithListedSurname(n);
            if (nameEnd == n && !genitiveLam) nameEnd = unknownName(n);
            if (nameEnd > n) {
                String name = ArabicNormalizer.personLabelSpelling(text.textOf(n, nameEnd));
                String key = ActorKeys.of(ActorClass.PERSON, null, name);
                Actor p = a.actor(key, () -> new Actor(key, ActorClass.PERSON, name, null, null));
                p.addAltLabel(text.textOf(n, nameEnd));
                p.addRole(role);
                personsByRole.put(norm(role), p);
                add(p, span(n, nameEnd, 0), n, nameEnd, ActorMention.Kind.NAME);
                phrase(tm.first(), nameEnd);
                return nameEnd;
            }
            // a title alone refers to the person last seen with that role
            Actor known = personsByRole.get(norm(role));
            if (known != null && roleEnd - tm.first() >= 2) {
                add(known, span(tm.first(), roleEnd, tm.prefixLength()), tm.first(), roleEnd, ActorMention.Kind.TITLE);
                return roleEnd;
            }
            return tm.first();
        }

        /**
         * End of an unknown person's name at n, or n if there is none: two or three name-like
         * words followed by a boundary; longer when connectors join its parts («عطية بن محمد
         * الزهراني»، «محمد بن عبد الرحمن آل ثاني»: a connector never ends a name), or when a comma,
         * a colon or أن / إن right after it closes it. A state's nisba may end a name only there
         * («أحمد المصري، عضو …»), since elsewhere it describes («الوزير أحمد المصري» is rare, «وفد مصري» common).
         */
        int unknownName(int n) {
            String w = toks.get(n).norm();
            // a name rarely opens with the article or a preposition on it («للملتقى فواز الحنين»)
            if (w.startsWith("ال") || w.startsWith("لل") || w.startsWith("بال") || w.startsWith("وال") || w.startsWith("فال")) return n;
            int j = n, connectors = 0;
            while (j < toks.size() && j - n < MAX_NAME_TOKENS) {
                Token t = toks.get(j);
                boolean connector = j > n && (isConnector(t) || isHyphenInName(j)) && j + 1 < toks.size()
                        && (nameLike(toks.get(j + 1)) || firstNameAfterConnector(toks.get(j + 1)));
                if (connector) { connectors++; j++; continue; }
                if (!nameLike(t) && !(j > n && isConnector(toks.get(j - 1)) && firstNameAfterConnector(t))) break;
                // «إبراهيم آل سالم المحلل الاقتصادي»: two definite words in a row describe, they do not name
                if (j >= n + 2 && t.norm().startsWith("ال") && !isConnector(toks.get(j - 1)) && j + 1 < toks.size()
                        && toks.get(j + 1).norm().startsWith("ال") && nameLike(toks.get(j + 1))) break;
                j++;
            }
            while (j > n && isConnector(toks.get(j - 1))) { j--; connectors--; } // a name never ends on a connector
            int len = j - n;
            boolean closed = j >= toks.size() || closesName(j);
            // «أحمد المصري،»: a nisba closes the name when the name is closed right after it
            if (j < toks.size() && j > n && gz.nisbaCountry(toks.get(j).norm()) != null && toks.get(j).norm().startsWith("ال")
                    && j + 1 < toks.size() && closesName(j + 1)) { j++; len++; closed = true; }
            if (len < 2) return n;
            int plainMax = closed ? 4 : 3;
            boolean tooLong = len - connectors > plainMax + connectors; // too long to be sure where the name ends
            if (tooLong || (j < toks.size() && !isBoundary(j))) {
                if (len == 3 && connectors == 0 && isBoundary(j - 1)) return n + 2;
                // «إبراهيم آل مرعي المحلل السياسي»: a definite word the name cannot be closed after
                // begins the description, so the name ends before it
                for (int p = n + 2; p < j; p++) if (toks.get(p).norm().startsWith("ال") && !isConnector(toks.get(p - 1))) return p;
                return n;
            }
            return j;
        }

        /**
         * A role goes on past its first complement: a second title («وزير الدفاع العماد علي أيوب»،
         * «مدير المستشفى العميد الطبيب …») or the post the role holds, «في» + a state or capital
         * («السفير السعودي في عمان نايف السديري»). Returns where the name may start.
         */
        int furtherRole(int n) {
            for (int round = 0; round < 2 && n < toks.size(); round++) {
                Match<Boolean> t2 = gz.titles.longestAt(toks, n);
                if (t2 != null && t2.clitics().isEmpty()) { n = complement(t2.end(), false, 2); continue; }
                // «وزيرة حقوق الإنسان سابقا»: a former role is still the role
                if (FORMER.contains(toks.get(n).norm())) { n++; continue; }
                if (toks.get(n).is("في") && n + 1 < toks.size()) {
                    Match<GazetteerEntry> place = gz.names.longestAt(toks, n + 1);
                    if (place != null && place.value().actorClass() == ActorClass.COUNTRY && place.prefixLength() == 0) { n = place.end(); continue; }
                }
                break;
            }
            return n;
        }

        /**
         * «عادل بن أحمد الجبير» where the gazetteer lists «عادل الجبير» and «الجبير»: name words (or
         * connectors) at n, then a listed person's one-word surname closing the name. Returns the
         * end of the surname, or n.
         */
        int knownSurnameAfter(int n) {
            int j = n;
            while (j < toks.size() && j - n < MAX_NAME_TOKENS - 1 && (nameLike(toks.get(j)) || (j > n && isConnector(toks.get(j))))) j++;
            if (j == n || j >= toks.size() || owned[j]) return n;
            Match<GazetteerEntry> gm = gz.names.longestAt(toks, j);
            if (gm == null || gm.length() != 1 || gm.prefixLength() != 0 || gm.value().actorClass() != ActorClass.PERSON) return n;
            if (gm.end() < toks.size() && !isBoundary(gm.end())) return n;
            String first = norm(gm.value().labelAr()).split(" ")[0];
            return toks.get(n).norm().equals(first) ? gm.end() : n; // the listed first name opens it
        }

        /**
         * «الدكتور بندر بن محمد العيبان» where the gazetteer lists another العيبان: name words with
         * another first name before a listed surname make a person of their own, surname included.
         * Returns the end of that name, or n.
         */
        int otherPersonWithListedSurname(int n) {
            int j = n;
            while (j < toks.size() && j - n < MAX_NAME_TOKENS - 1 && (nameLike(toks.get(j)) || (j > n && isConnector(toks.get(j)))
                    || (j > n && isConnector(toks.get(j - 1)) && firstNameAfterConnector(toks.get(j))))) j++;
            if (j - n < 2 || j >= toks.size() || owned[j] || isConnector(toks.get(j - 1))) return n;
            Match<GazetteerEntry> gm = gz.names.longestAt(toks, j);
            if (gm == null || gm.length() != 1 || gm.prefixLength() != 0 || gm.value().actorClass() != ActorClass.PERSON) return n;
            return gm.end();
        }

        /**
         * «محمد بن نايف بن عبد العزيز آل سعود»: a listed name goes on with its nasab (بن + a name)
         * and family name (آل + a name). Returns the end of the longer name, or e.
         */
        int nasabAfter(int e) {
            while (e + 1 < toks.size() && !owned[e] && !owned[e + 1] && (NASAB.contains(toks.get(e).norm()) || toks.get(e).is("ال"))
                    && (nameLike(toks.get(e + 1)) || firstNameAfterConnector(toks.get(e + 1)))) {
                e += 2;
                // «عبد العزيز»، «عبد الله»: عبد takes the divine name after it
                if (toks.get(e - 1).is("عبد") && e < toks.size() && toks.get(e).isWord() && toks.get(e).norm().startsWith("ال")) e++;
            }
            return e;
        }

        /** «سوك-يول»: a hyphen written tight between two words joins them into one part of a name. */
        boolean isHyphenInName(int j) {
            Token t = toks.get(j);
            return (t.is("-") || t.is("‐")) && j > 0 && j + 1 < toks.size()
                    && toks.get(j - 1).end() == t.begin() && t.end() == toks.get(j + 1).begin();
        }

        /** «بن علي»: after a connector a listed first name is a name even where it spells a particle (علي = على). */
        boolean firstNameAfterConnector(Token t) {
            String before = toks.get(t.index() - 1).norm();
            // «عبد الله»، «عبد الرحمن»: عبد takes a divine name with the article
            boolean divineName = before.equals("عبد") && t.norm().startsWith("ال");
            return t.isWord() && !owned[t.index()] && (gz.firstNames.contains(t.norm()) || NASAB.contains(before) || divineName)
                    && !gz.speechVerbs.contains(t.withoutConjunction()) && gz.titles.longestAt(toks, t.index()) == null;
        }

        /** A connector between the parts of one name (بن، آل، عبد). */
        boolean isConnector(Token t) {
            return t.isWord() && !owned[t.index()] && gz.nameConnectors.contains(t.norm());
        }

        /** What closes a name for certain: punctuation, a colon or quote, or أن / إن / بأن opening reported speech. */
        boolean closesName(int j) {
            Token t = toks.get(j);
            if (!t.isWord()) return true;
            String w = t.norm();
            return w.equals("ان") || w.equals("بان") || w.equals("انه") || w.equals("انها") || w.equals("بانه");
        }

        boolean nameLike(Token t) {
            if (!t.isWord() || t.norm().length() < 2 || owned[t.index()]) return false;
            String w = t.norm();
            return !gz.isStopword(w) && !gz.isStopword(t.withoutConjunction()) && gz.nisbaCountry(w) == null
                    && (!gz.commonWords.contains(w) || gz.firstNames.contains(w))
                    // «وشكرا»: a conjunction on a common word; but «فيصل» is no ف + «يصل»
                    && (w.equals(t.withoutConjunction()) || gz.firstNames.contains(w) || !gz.commonWords.contains(t.withoutConjunction()))
                    && !gz.speechVerbs.contains(t.withoutConjunction()) && gz.titles.longestAt(toks, t.index()) == null
                    && gz.orgHeads.longestAt(toks, t.index()) == null
                    && gz.names.longestAt(toks, t.index()) == null; // «رئيس العراق الولايات المتحدة»: a known name is no new name
        }

        boolean isBoundary(int j) {
            Token t = toks.get(j);
            if (!t.isWord()) return true;
            String w = t.withoutConjunction();
            return gz.isStopword(t.norm()) || gz.isStopword(w) || gz.speechVerbs.contains(w) || w.startsWith("ال")
                    || (gz.commonWords.contains(t.norm()) && !gz.firstNames.contains(t.norm()))
                    || gz.titles.longestAt(toks, j) != null;
        }

        // ---- organisations from head nouns

        int organization(Match<String> om) {
            boolean definite = om.phrase().startsWith("ال") || om.clitics().contains("ال");
            int end = complement(om.end(), definite, 4, om.value().equals("ministry"));
            if (end == om.end() || !specific(om.end(), end, definite, om.value())) {
                // «وأضافت الوزارة»، «وقال المجلس»: a definite head alone is the organisation last named with it
                Actor named = definite && om.length() == 1 && end == om.end() ? orgsByHead.get(headKey(om)) : null;
                if (named == null) return om.first();
                add(named, span(om.first(), om.end(), om.prefixLength()), om.first(), om.end(), ActorMention.Kind.TITLE);
                return om.end();
            }
            Span span = span(om.first(), end, om.prefixLength());
            String surface = label(span, om.clitics());
            String key = ActorClass.ORGANIZATION.keyPrefix() + "/" + canonical(om.first(), end, om.prefixLength());
            String label = canonicalLabel(om, end);
            Actor org = a.actor(key, () -> new Actor(key, ActorClass.ORGANIZATION, label, null, null));
            org.addAltLabel(surface);
            add(org, span, om.first(), end, ActorMention.Kind.NAME);
            orgsByHead.put(headKey(om), org);
            return end;
        }

        /** The head noun of a matched head phrase without its article (الوزارة، لوزارة → وزاره), the key of {@link #orgsByHead}. */
        String headKey(Match<?> m) {
            String head = norm(m.phrase()).split(" ")[0];
            return head.startsWith("ال") ? head.substring(2) : head;
        }

        /**
         * The end of a head noun's complement starting at j: after an indefinite head a
         * definite noun or a state's name («حكومة العراق», «مجلس الأمن»), then adjectives
         * («الدولي», «العراقية»). Words that are names of people end it.
         */
        int complement(int j, boolean definiteHead, int max) { return complement(j, definiteHead, max, false); }

        /** As {@link #complement(int, boolean, int)}; {@code coordinated}: «الطاقة والمياه» is one portfolio. */
        int complement(int j, boolean definiteHead, int max, boolean coordinated) {
            int start = j;
            while (j < toks.size() && j - start < max) {
                Token t = toks.get(j);
                if (!t.isWord() || gz.isStopword(t.norm())) break;
                String w = t.norm();
                boolean adjective = gz.nisbaCountry(w) != null || (w.startsWith("ال") && (w.endsWith("ي") || w.endsWith("يه")
                        || w.endsWith("يين") || w.endsWith("يون")));
                boolean first = j == start && !definiteHead;
                Match<GazetteerEntry> gm = gz.names.longestAt(toks, j);
                if (gm != null && gm.value().actorClass() == ActorClass.PERSON) break;
                if (first && gm != null && gm.value().actorClass() == ActorClass.COUNTRY && gm.prefixLength() == 0) {
                    j = gm.end();
                    continue;
                }
                if (adjective || (first && w.startsWith("ال") && w.length() > 3)) {
                    j++;
                    continue;
                }
                // «رئيس جمهورية تونس»، «وزير خارجية إيران»: an indefinite noun in a construct chain
                // with a state or a definite noun after it
                if (first && !w.startsWith("ال") && !gz.nameConnectors.contains(w)) {
                    int chainEnd = constructChain(j);
                    if (chainEnd > j) { j = chainEnd; start = j - 1; continue; }
                }
                // «وزارة الطاقة والمياه»: a ministry's portfolio may be two coordinated nouns
                if (coordinated && j > start && w.startsWith("وال") && w.length() > 4 && t.withoutConjunction().startsWith("ال")) {
                    j++;
                    continue;
                }
                break;
            }
            return j;
        }

        /**
         * «جمهورية تونس»، «أصحاب المخابز»، «عمال ومستخدمي كهرباء لبنان»: indefinite nouns in a
         * construct chain (one or two) ending in a state or a definite
         * noun. Returns the end of the chain, or j if there is none.
         */
        int constructChain(int j) {
            for (int k = j + 1; k < toks.size() && k <= j + 2; k++) {
                Token t = toks.get(k);
                if (!t.isWord() || owned[k] || gz.isStopword(t.norm()) || gz.isStopword(t.withoutConjunction())
                        || gz.speechVerbs.contains(t.withoutConjunction()) || !t.norm().equals(t.withoutConjunction())) return j;
                Match<GazetteerEntry> gm = gz.names.longestAt(toks, k);
                if (gm != null && gm.value().actorClass() == ActorClass.PERSON) return j;
                if (gm != null && gm.value().actorClass() == ActorClass.COUNTRY && gm.prefixLength() == 0) return gm.end();
                String w = t.norm();
                if (w.startsWith("ال") && w.length() > 3) return k + 1;
                if (k == j + 2) return j;
            }
            return j;
        }

        /**
         * Whether a head noun's complement makes a name: a nisba or a state («الحكومة العراقية»,
         * «حكومة العراق»), or after an indefinite ministry or party head a definite noun that is
         * not a plain plural («وزارة الخارجية», but not «تنظيم الانتخابات»). «القوات الأجنبية»
         * and «مجلس الإدارة» name nobody in particular.
         */
        boolean specific(int from, int to, boolean definiteHead, String headKind) {
            for (int k = from; k < to; k++) {
                if (gz.nisbaCountry(toks.get(k).norm()) != null) return true;
                Match<GazetteerEntry> gm = gz.names.longestAt(toks, k);
                if (gm != null && gm.value().actorClass() == ActorClass.COUNTRY) return true;
            }
            if (definiteHead) return false;
            // «نقابة أصحاب المخابز»: a construct chain of two or more nouns after a body's head names one body
            if (to - from >= 2 && headKind.equals("body") && !toks.get(from).norm().startsWith("ال")
                    && !toks.get(from - 1).norm().endsWith("ات")) return true;
            // «وزارة التعليم»، «جماعة الحوثي» name one body; «مجلس الإدارة»، «قوات الأمن»، «قناة السويس» do not
            if (!headKind.equals("ministry") && !headKind.equals("party")) return false;
            String first = toks.get(from).norm();
            return !first.endsWith("ات");
        }

        /**
         * The label of an organisation known only from the text, the same in every article for
         * the same key: the head made definite, a state as its nisba agreeing with the head
         * («حكومة العراق» and «الحكومة العراقية» both → الحكومة العراقية), hamza on alef folded.
         */
        String canonicalLabel(Match<String> om, int end) {
            Token head = toks.get(om.first());
            String headWord = ArabicNormalizer.lightNormalize(text.substring(span(om.first(), om.first() + 1, om.prefixLength()).begin(), head.end()));
            if (om.clitics().endsWith("ل+ال")) headWord = "ا" + headWord;
            // a state in the complement becomes a definite nisba, so the head is made definite too:
            // «حكومة العراق» and «قوات أمريكية» → الحكومة العراقية، القوات الاميركية
            else if (!headWord.startsWith("ال") && namesState(om.end(), Math.min(end, om.end() + 1))) headWord = "ال" + headWord;
            boolean feminine = headWord.endsWith("ة") || headWord.endsWith("ات");
            StringBuilder sb = new StringBuilder(headWord);
            for (int k = om.first() + 1; k < end; k++) {
                if (k < om.end()) { sb.append(' ').append(ArabicNormalizer.lightNormalize(text.textOf(k, k + 1))); continue; }
                Token t = toks.get(k);
                String iso = gz.nisbaCountry(t.norm());
                Match<GazetteerEntry> gm = iso == null && k == om.end() ? gz.names.longestAt(toks, k) : null;
                if (gm != null && gm.value().actorClass() == ActorClass.COUNTRY) {
                    iso = gm.value().country();
                    k = gm.end() - 1;
                }
                String nisba = iso == null ? null : gz.canonicalNisba(iso, feminine);
                sb.append(' ').append(nisba != null ? nisba : ArabicNormalizer.lightNormalize(text.textOf(k, k + 1)));
            }
            return ArabicNormalizer.labelSpelling(sb.toString());
        }

        boolean namesState(int from, int end) {
            for (int k = from; k < end; k++) {
                if (gz.nisbaCountry(toks.get(k).norm()) != null) return true;
                Match<GazetteerEntry> gm = gz.names.longestAt(toks, k);
                if (gm != null && gm.value().actorClass() == ActorClass.COUNTRY) return true;
            }
            return false;
        }

        /** Canonical key of an organisation name: articles dropped, nisba and state names as ISO codes. */
        String canonical(int from, int to, int prefix) {
            StringBuilder sb = new StringBuilder();
            for (int k = from; k < to; k++) {
                Token t = toks.get(k);
                String w = k == from ? t.norm().substring(prefix) : t.norm();
                String iso = gz.nisbaCountry(w);
                Match<GazetteerEntry> gm = gz.names.longestAt(toks, k);
                if (iso == null && gm != null && gm.value().actorClass() == ActorClass.COUNTRY) {
                    iso = gm.value().country();
                    k = gm.end() - 1;
                }
                if (iso != null) w = iso;
                else if (w.startsWith("ال") && w.length() > 3) w = w.substring(2);
                if (sb.length() > 0) sb.append('_');
                sb.append(w);
            }
            return ActorKeys.slug(sb.toString());
        }

        // ---- short forms

        /**
         * Links a surname alone to the full name seen in the article (بايدن → جو بايدن), and a
         * first name one letter off before a known surname to the same person (جون بايدن).
         */
        void linkShortForms() {
            Map<String, Actor> bySurname = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (Actor p : a.actors()) {
                if (p.actorClass() != ActorClass.PERSON) continue;
                List<String> names = new ArrayList<>(p.altLabels());
                names.add(p.labelAr());
                for (String n : names) {
                    String[] words = norm(n).split(" ");
                    if (words.length < 2) continue;
                    String last = words[words.length - 1];
                    if (last.length() < 3 || gz.isStopword(last)) continue;
                    Actor prev = bySurname.putIfAbsent(last, p);
                    if (prev != null && prev != p) ambiguous.add(last);
                }
            }
            ambiguous.forEach(bySurname::remove);
            if (bySurname.isEmpty()) return;
            // «العيبان:» where the article names «بندر بن محمد العيبان»: the gazetteer's other العيبان
            // is not meant; a bare surname goes to the person of this article who bears it
            Set<Actor> namedInFull = new HashSet<>();
            for (ActorMention m : a.mentions()) if (m.endToken() - m.firstToken() > 1) namedInFull.add(m.actor());
            for (int i = 0; i < a.mentions().size(); i++) {
                ActorMention m = a.mentions().get(i);
                if (m.endToken() - m.firstToken() != 1 || m.actor().actorClass() != ActorClass.PERSON) continue;
                Actor here = bySurname.get(norm(text.substring(m.span().begin(), m.span().end())));
                if (here == null || here == m.actor() || m.actor().labelAr().split(" ").length > 1
                        && norm(m.actor().labelAr()).endsWith(" " + norm(text.substring(m.span().begin(), m.span().end())))
                        && namedInFull.contains(m.actor())) continue;
                a.replaceMention(i, new ActorMention(here, m.span(), m.firstToken(), m.endToken(), m.kind()));
            }
            for (int i = 0; i < toks.size(); i++) {
                if (owned[i] || !toks.get(i).isWord()) continue;
                for (Token.Reading r : toks.get(i).readings()) {
                    Actor p = bySurname.get(r.stem());
                    if (p == null) continue;
                    if (r.clitics().contains("ال") && !r.stem().startsWith("ال")) continue;
                    int first = i, prefix = r.prefixLength();
                    if (i > 0 && !owned[i - 1] && toks.get(i - 1).isWord() && nearFirstName(toks.get(i - 1).norm(), p)) {
                        first = i - 1;
                        prefix = 0;
                    }
                    Span span = span(first, i + 1, prefix);
                    p.addAltLabel(text.substring(span.begin(), span.end()));
                    add(p, span, first, i + 1, ActorMention.Kind.NAME);
                    break;
                }
            }
        }

        boolean nearFirstName(String w, Actor p) {
            String[] words = norm(p.labelAr()).split(" ");
            return words.length >= 2 && !w.equals(words[0]) && editDistanceAtMostOne(w, words[0]) && w.length() >= 2;
        }

        // ---- helpers

        void add(Actor actor, Span span, int first, int end, ActorMention.Kind kind) {
            a.addMention(new ActorMention(actor, span, first, end, kind));
            mark(first, end);
        }

        /** The role chain and name [first, end) are one phrase headed by the person named at its end. */
        void phrase(int first, int end) {
            // the head was just added: look back over the last few mentions, not the whole article
            List<ActorMention> ms = a.mentions();
            for (int i = ms.size() - 1; i >= 0 && ms.size() - i <= RECENT_MENTIONS; i--) {
                ActorMention m = ms.get(i);
                if (m.endToken() == end && m.firstToken() >= first) {
                    a.addPhrase(new ActorPhrase(m, first, end));
                    return;
                }
            }
        }

        void mark(int from, int to) {
            for (int k = from; k < to; k++) owned[k] = true;
        }

        /** Span of tokens [first, end) without the first token's {@code prefix} clitic chars. */
        Span span(int first, int end, int prefix) { return Span.ofTokens(text, first, end, prefix); }
    }

    static String norm(String s) { return ArabicNormalizer.normalizeString(s).strip(); }

    static boolean editDistanceAtMostOne(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 1) return false;
        int i = 0, j = 0, edits = 0;
        while (i < a.length() && j < b.length()) {
            if (a.charAt(i) == b.charAt(j)) { i++; j++; continue; }
            if (++edits > 1) return false;
            if (a.length() > b.length()) i++;
            else if (a.length() < b.length()) j++;
            else { i++; j++; }
        }
        return edits + (a.length() - i) + (b.length() - j) <= 1;
    }
}
