package org.akhbar.extract.agreement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ActorClass;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.Agreement;
import org.akhbar.extract.AgreementStatus;
import org.akhbar.extract.ArticleAnalysis;
import org.akhbar.extract.DateValue;
import org.akhbar.extract.Extractor;
import org.akhbar.extract.Span;
import org.akhbar.extract.TimeExpression;
import org.akhbar.extract.agreement.AgreementLexicon.Named;
import org.akhbar.extract.agreement.AgreementLexicon.Trigger;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.PhraseMatcher.Match;
import org.akhbar.text.Sentence;
import org.akhbar.text.Token;

/**
 * Finds agreements: a trigger verb with its parties as subject («اتفقت واشنطن وبغداد على …»,
 * «توصل الجانبان إلى اتفاق يقضي بـ …»), an agreement noun whose parties the sentence names
 * («بين X وY», «مع X», «X وY … الخطة»), and named agreements from the lexicon, which keep one
 * IRI across articles. Parties come from the actor mentions already in the analysis;
 * «الجانبان» / «الطرفان» are the two states the article is about.
 */
public final class AgreementExtractor implements Extractor {
    private final AgreementLexicon lex = AgreementLexicon.get();
    private static final int WINDOW = 6;
    /** Relative pronouns look like adjectives (ال…ي) but open a clause: «الاتفاق الذي …» is no name. */
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان");

    @Override
    public void extract(ArticleAnalysis analysis) {
        new Run(analysis).run();
    }

    private final class Run {
        final ArticleAnalysis a;
        final AnalyzedText text;
        final List<Token> toks;
        final boolean[] used;
        /** Named agreements found, one per key, in order of first mention. */
        final Map<String, Agreement> named = new LinkedHashMap<>();
        final List<Agreement> found = new ArrayList<>();

        Run(ArticleAnalysis a) {
            this.a = a;
            this.text = a.text();
            this.toks = text.tokens();
            this.used = new boolean[toks.size()];
        }

        void run() {
            for (Sentence s : text.sentences()) {
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if (used[i] || !toks.get(i).isWord()) continue;
                    Match<Named> nm = lex.named.longestAt(toks, i);
                    if (nm != null) {
                        named(nm, s, List.of(), status(i, s));
                        i = nm.end() - 1;
                        continue;
                    }
                    Match<Trigger> tm = lex.triggers.longestAt(toks, i);
                    if (tm == null) continue;
                    if (tm.value().verb()) verb(tm, s);
                    else noun(tm, s);
                }
            }
            named.values().forEach(a::addAgreement);
            found.forEach(a::addAgreement);
        }

        // ---- named agreements

        void named(Match<Named> nm, Sentence s, List<Actor> knownParties, AgreementStatus status) {
            mark(nm.first(), nm.end());
            Named n = nm.value();
            Agreement before = named.get(n.key());
            List<Actor> parties = new ArrayList<>(before == null ? List.of() : before.parties());
            for (Actor c : a.actors()) {
                if (c.countryCode() != null && n.parties().contains(c.countryCode()) && !parties.contains(c)) parties.add(c);
            }
            for (Actor p : knownParties) if (!parties.contains(p)) parties.add(p);
            Span span = before != null ? before.span() : span(nm.first(), nm.end(), nm.prefixLength());
            AgreementStatus st = status != null ? status : before == null ? null : before.status();
            named.put(n.key(), new Agreement(span, "named/" + n.key(), n.ar(), n.wikidata(), n.en(), parties, null,
                    before == null ? null : before.date(), st, before == null ? null : before.trigger()));
        }

        // ---- trigger verbs

        void verb(Match<Trigger> tm, Sentence s) {
            int end = s.endToken();
            // the agreement noun or named agreement the verb governs, if any
            int nounAt = -1;
            for (int k = tm.end(); k < end && nounAt < 0; k++) {
                if (lex.named.longestAt(toks, k) != null) nounAt = k;
                else {
                    Match<Trigger> n = lex.triggers.longestAt(toks, k);
                    if (n != null && !n.value().verb()) nounAt = k;
                }
            }
            if (tm.value().ambiguous() && (nounAt < 0 || nounAt - tm.end() > WINDOW)) return;
            List<Actor> parties = subjectParties(tm.end(), Math.min(end, tm.end() + WINDOW));
            if (parties.size() < 2) {
                List<Actor> before = coordinatedBefore(tm.first(), s);
                if (before.size() >= 2) parties = before;
            }
            AgreementStatus status = tm.value().status();
            if (status == null) { // «وقعت»: the verb itself is the status cue once an agreement noun confirms it
                Match<AgreementStatus> cue = lex.statusCues.longestAt(toks, tm.first());
                if (cue != null) status = cue.value();
            }
            if (nounAt >= 0) {
                Match<Named> nm = lex.named.longestAt(toks, nounAt);
                if (nm != null) {
                    mark(tm.first(), tm.end());
                    named(nm, s, parties, status);
                    return;
                }
            }
            if (parties.size() < 2) return;
            int subjectFrom = -1;
            for (int k = tm.end(); k < end; k++) {
                if (toks.get(k).is("علي") && k + 1 < end) { subjectFrom = k + 1; break; }
                if (k == nounAt) { subjectFrom = subjectAfterNoun(k, end); break; }
            }
            if (subjectFrom < 0 || subjectFrom >= end) return;
            int subjectTo = trimEnd(subjectFrom, end);
            if (subjectTo <= subjectFrom) return;
            mark(tm.first(), subjectTo);
            emit(tm.first(), subjectTo, tm.prefixLength(), null, parties, subjectFrom, subjectTo, s, status, surface(tm));
        }

        /** Where the subject starts after an agreement noun: after «يقضي/ينص (بـ/على)», «على», else at the noun. */
        int subjectAfterNoun(int noun, int end) {
            Match<Trigger> n = lex.triggers.longestAt(toks, noun);
            int k = n == null ? noun + 1 : n.end();
            if (k < end) {
                String w = toks.get(k).norm();
                if (w.equals("يقضي") || w.equals("ينص") || w.equals("تقضي") || w.equals("تنص")) {
                    k++;
                    if (k < end && toks.get(k).is("علي")) k++;
                    return k;
                }
                if (toks.get(k).is("علي")) return k + 1;
            }
            return noun;
        }

        // ---- agreement nouns

        void noun(Match<Trigger> tm, Sentence s) {
            int end = s.endToken();
            List<Actor> parties = new ArrayList<>();
            int k = tm.end();
            // «الاتفاقية الأمنية»: a definite noun with adjectives is a name
            int nameEnd = tm.end();
            if (tm.phrase().startsWith("ال") || tm.clitics().contains("ال")) {
                while (nameEnd < end && toks.get(nameEnd).isWord() && toks.get(nameEnd).norm().startsWith("ال")
                        && (toks.get(nameEnd).norm().endsWith("يه") || toks.get(nameEnd).norm().endsWith("ي"))
                        && !RELATIVES.contains(toks.get(nameEnd).norm())) nameEnd++;
            }
            int subjectEnd = nameEnd;
            for (int j = k; j < Math.min(end, k + WINDOW); j++) {
                Token t = toks.get(j);
                if (t.is("بين")) {
                    List<Actor> between = coordinatedAt(j + 1, end);
                    if (between.size() >= 2) { parties = between; subjectEnd = Math.max(subjectEnd, j + 1); break; }
                }
                if (t.is("مع") && j + 1 < end) {
                    ActorMention m = a.mentionStartingAt(j + 1);
                    if (m != null) {
                        Actor other = otherParty(m.actor(), s, tm.first());
                        parties = new ArrayList<>();
                        parties.add(m.actor());
                        if (other != null) parties.add(0, other);
                        subjectEnd = Math.max(subjectEnd, m.endToken());
                        break;
                    }
                }
            }
            if (parties.size() < 2) parties = coordinatedBefore(tm.first(), s);
            if (parties.size() < 2) return;
            int subjectFrom = subjectAfterNoun(tm.first(), end);
            int subjectTo;
            if (subjectFrom != tm.first()) subjectTo = trimEnd(subjectFrom, end);
            else if (nameEnd > tm.end()) subjectTo = Math.max(subjectEnd, nameEnd);
            else subjectTo = trimEnd(tm.first(), Math.min(end, tm.first() + 16));
            if (subjectTo <= subjectFrom) return;
            String name = nameEnd > tm.end() ? text.textOf(tm.first(), nameEnd) : null;
            if (name != null && tm.prefixLength() > 0) name = text.substring(span(tm.first(), nameEnd, tm.prefixLength()).begin(), toks.get(nameEnd - 1).end());
            AgreementStatus status = status(tm.first(), s);
            mark(tm.first(), subjectTo);
            emit(tm.first(), subjectTo, tm.prefixLength(), name, parties, subjectFrom, subjectTo, s, status, surface(tm));
        }

        /** «مع X»: the other party is a state named earlier in the sentence, else the article's other main state. */
        Actor otherParty(Actor x, Sentence s, int before) {
            for (ActorMention m : a.mentionsIn(s.firstToken(), before)) {
                if (m.actor() != x && m.actor().actorClass() == ActorClass.COUNTRY) return m.actor();
            }
            for (Actor st : a.mainStates()) if (st != x) return st;
            return null;
        }

        /** Actors that open the window, joined by و: «واشنطن وبغداد»; or «الجانبان». */
        List<Actor> subjectParties(int from, int to) {
            for (int k = from; k < to; k++) {
                if (lex.bothParties.longestAt(toks, k) != null) return a.mainStates();
                if (a.mentionStartingAt(k) != null) return coordinatedAt(k, to + 4);
            }
            return List.of();
        }

        /** Mentions joined by و starting at k: «الولايات المتحدة والعراق». */
        List<Actor> coordinatedAt(int k, int end) {
            List<Actor> out = new ArrayList<>();
            ActorMention m = a.mentionStartingAt(k);
            while (m != null && out.size() < 6) {
                if (!out.contains(m.actor())) out.add(m.actor());
                int n = m.endToken();
                if (n >= end || n >= toks.size() || !toks.get(n).norm().startsWith("و")) break;
                m = a.mentionStartingAt(n);
            }
            return out;
        }

        /** A pair of coordinated actors earlier in the same sentence (the subject of «سيعلنان عن الخطة»). */
        List<Actor> coordinatedBefore(int before, Sentence s) {
            for (int k = s.firstToken(); k < before; k++) {
                if (a.mentionStartingAt(k) == null) continue;
                List<Actor> c = coordinatedAt(k, before);
                if (c.size() >= 2) return c;
            }
            return List.of();
        }

        /** A status cue just before position i («بإلغاء الاتفاقية», «توقيع اتفاق»). */
        AgreementStatus status(int i, Sentence s) {
            for (int k = Math.max(s.firstToken(), i - 3); k < i; k++) {
                Match<AgreementStatus> m = lex.statusCues.longestAt(toks, k);
                if (m != null && m.end() <= i) return m.value();
            }
            return null;
        }

        void emit(int from, int to, int prefix, String name, List<Actor> parties, int subjectFrom, int subjectTo, Sentence s,
                  AgreementStatus status, String trigger) {
            String subject = text.textOf(subjectFrom, subjectTo);
            DateValue date = null;
            if (status != AgreementStatus.CANCEL_DEMANDED) {
                for (TimeExpression te : a.timesIn(s.firstToken(), subjectFrom)) {
                    if (te.value() != null) { date = te.value(); break; }
                }
            }
            found.add(new Agreement(span(from, to, prefix), null, name, null, null, parties, subject, date, status, trigger));
        }

        String surface(Match<?> m) {
            Span sp = span(m.first(), m.end(), m.prefixLength());
            return text.substring(sp.begin(), sp.end());
        }

        int trimEnd(int from, int to) { return text.trimTrailingPunctuation(from, to); }

        void mark(int from, int to) {
            for (int k = from; k < to && k < used.length; k++) used[k] = true;
        }

        Span span(int first, int end, int prefix) { return Span.ofTokens(text, first, end, prefix); }
    }
}
