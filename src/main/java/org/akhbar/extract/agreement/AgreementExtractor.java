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
import org.akhbar.extract.agreement.AgreementLexicon.Collective;
import org.akhbar.extract.agreement.AgreementLexicon.Named;
import org.akhbar.extract.agreement.AgreementLexicon.Trigger;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.PhraseMatcher.Match;
import org.akhbar.text.Sentence;
import org.akhbar.text.Token;

/**
 * Finds agreements: a trigger verb with its parties as subject («اتفقت واشنطن وبغداد على …»,
 * «مصر والسودان اتفقتا على …», «توصل الجانبان إلى اتفاق يقضي بـ …»), an agreement noun whose own frame
 * names its parties («بين X وY», «مع X», a relative clause «الذي أبرمته X مع Y», the subject of its clause),
 * impersonal frames («تم الاتفاق على» with the parties of the agreement just before), and named agreements
 * from the lexicon, which keep one IRI across articles. Parties come from the actor mentions already in the
 * analysis, and from collective parties (مجموعة 5+1) that stand in an agreement's frame;
 * «الجانبان» / «الطرفان» are the two states the article is about. A failed or negated attempt
 * («فشلت X وY في التوصل إلى اتفاق», «لم يتفق») is no agreement.
 */
public final class AgreementExtractor implements Extractor {
    private final AgreementLexicon lex = AgreementLexicon.get();
    private static final int WINDOW = 6;
    /** How far back a clause start or a failure cue is looked for. */
    private static final int LOOKBACK = 25;

    @Override
    public void extract(ArticleAnalysis analysis) {
        new Run(analysis).run();
    }

    /** A party in the text: an actor mention, or a collective party (not yet an actor of the analysis). */
    private record Ref(Actor actor, int first, int end, Span span, boolean collective) {}

    /** Coordinated parties: tokens {@code [first, end)}. */
    private record Chain(List<Ref> refs, int first, int end) {
        List<Actor> actors() {
            List<Actor> out = new ArrayList<>();
            for (Ref r : refs) if (!out.contains(r.actor())) out.add(r.actor());
            return out;
        }
    }

    private final class Run {
        final ArticleAnalysis a;
        final AnalyzedText text;
        final List<Token> toks;
        final boolean[] used;
        /** Collective parties starting at a token (lazily, for the whole article). */
        Ref[] collectiveAt;
        /** Named agreements found, one per key, in order of first mention. */
        final Map<String, Agreement> named = new LinkedHashMap<>();
        final List<Agreement> found = new ArrayList<>();
        /** Collective parties that became parties: made actors with their mention at the end. */
        final List<Ref> collectiveParties = new ArrayList<>();
        /** The last agreement emitted and the paragraph it is in: the parties of «وتم الاتفاق على …». */
        Agreement last;
        int lastParagraph = -1;
        String lastNamedKey;

        Run(ArticleAnalysis a) {
            this.a = a;
            this.text = a.text();
            this.toks = text.tokens();
            this.used = new boolean[toks.size()];
        }

        void run() {
            for (Sentence s : text.sentences()) {
                a.checkBudget();
                for (int i = s.firstToken(); i < s.endToken(); i++) {
                    if (used[i] || !toks.get(i).isWord()) continue;
                    Match<Named> nm = namedAt(i);
                    if (nm != null) {
                        AgreementStatus st = status(i, s);
                        if (failedBefore(i, s)) { mark(i, nm.end()); i = nm.end() - 1; continue; }
                        named(nm, s, List.of(), st);
                        i = Math.max(i, lastMarked - 1);
                        continue;
                    }
                    Match<AgreementStatus> pm = lex.passives.longestAt(toks, i);
                    if (pm != null && passive(pm, s)) { i = Math.max(i, lastMarked - 1); continue; }
                    Match<Boolean> xm = lex.transfers.longestAt(toks, i);
                    if (xm != null && transfer(xm, s)) { i = Math.max(i, lastMarked - 1); continue; }
                    Match<Trigger> tm = lex.triggers.longestAt(toks, i);
                    if (tm == null) continue;
                    // a verb never takes ال, and a word inside a person's name is no trigger («الصادق المهدي»)
                    if (tm.value().verb() && (tm.clitics().contains("ال") || insideName(i))) continue;
                    if (tm.value().verb()) verb(tm, s);
                    else noun(tm, s);
                }
            }
            for (Ref r : collectiveParties) {
                Actor actor = a.actor(r.actor().key(), r::actor);
                a.addMention(new ActorMention(actor, r.span(), r.first(), r.end(), ActorMention.Kind.NAME));
            }
            named.values().forEach(a::addAgreement);
            found.forEach(a::addAgreement);
        }

        int lastMarked;

        boolean insideName(int i) {
            ActorMention m = a.mentionCovering(i);
            return m != null && m.actor().actorClass() == ActorClass.PERSON;
        }

        // ---- named agreements

        /** A named agreement at i; a contextual form only where its first party is an actor of the article. */
        Match<Named> namedAt(int i) {
            Match<Named> nm = lex.named.longestAt(toks, i);
            if (nm == null || !nm.value().contextual()) return nm;
            String code = nm.value().parties().isEmpty() ? null : nm.value().parties().get(0);
            for (Actor c : a.actors()) if (code != null && code.equals(c.countryCode())) return nm;
            return null;
        }

        void named(Match<Named> nm, Sentence s, List<Actor> knownParties, AgreementStatus status) {
            Named n = nm.value();
            Agreement before = named.get(n.key());
            List<Actor> parties = new ArrayList<>(before == null ? List.of() : before.parties());
            for (Actor c : a.actors()) {
                if (c.countryCode() != null && n.parties().contains(c.countryCode()) && !parties.contains(c)) parties.add(c);
            }
            for (Actor p : knownParties) if (!parties.contains(p)) parties.add(p);
            // the mention's own frame: «الاتفاق النووي الذي أبرمته إيران مع مجموعة 5+1 [في فيينا الأسبوع الماضي]»
            int end = s.endToken();
            int k = skipAdjectives(nm.end(), end);
            Frame f = ownFrame(k, end);
            int subjectTo = nm.end();
            DateValue date = before == null ? null : before.date();
            if (f != null) {
                for (Actor p : f.parties) if (!parties.contains(p)) parties.add(p);
                subjectTo = f.end;
                if (status == null) status = f.status;
                if (date == null) date = firstDate(nm.end(), f.clauseEnd);
            }
            mark(nm.first(), subjectTo);
            Span span = before != null ? before.span() : span(nm.first(), nm.end(), nm.prefixLength());
            String subject = before != null && before.subject() != null ? before.subject() : surface(nm.first(), subjectTo, nm.prefixLength());
            AgreementStatus st = status != null ? status : before == null ? null : before.status();
            Agreement g = new Agreement(span, "named/" + n.key(), n.ar(), n.wikidata(), n.en(), parties, subject,
                    date, st, before == null ? null : before.trigger());
            named.put(n.key(), g);
            remember(g, s);
            lastNamedKey = n.key();
        }

        /** The frame after an agreement noun that names its parties. */
        private record Frame(List<Actor> parties, int end, int clauseEnd, AgreementStatus status) {}

        /**
         * «[الذي/التي] أبرمته/وقعته/توصلت إليه X [وY] [مع Z]», «الموقعة بين X وY», «(المبرم) مع X»: the parties the
         * agreement noun's own relative clause or complement names, or null.
         */
        Frame ownFrame(int k, int end) {
            if (k >= end) return null;
            Match<Boolean> rel = null;
            for (int j = k; j < Math.min(end, k + 3) && rel == null; j++) { // «اتفاقية التبادل التي …»: a genitive before the relative
                if (!toks.get(j).isWord()) break;
                rel = lex.relatives.longestAt(toks, j);
            }
            if (rel != null) k = rel.end();
            Match<AgreementStatus> rv = k < end ? lex.relativeVerbs.longestAt(toks, k) : null;
            AgreementStatus st = null;
            if (rv != null) { st = rv.value(); k = rv.end(); }
            else if (rel != null) return null;
            if (k >= end) return null;
            List<Actor> parties = new ArrayList<>();
            int to = k;
            if (toks.get(k).is("بين")) {
                int j = k + 1;
                Chain c = null;
                if (j < end && lex.bothParties.longestAt(toks, j) != null) {
                    j = lex.bothParties.longestAt(toks, j).end();
                    c = nisbaChain(j, end);
                }
                if (c == null) c = chainAt(j, end);
                if (c == null || c.refs().size() < 2) return null;
                use(c);
                return new Frame(c.actors(), c.end(), clauseEnd(c.end(), end), st);
            }
            if (rv != null) {
                Chain c = chainAt(k, end);
                if (c != null) { use(c); parties.addAll(c.actors()); to = c.end(); }
            }
            if (to < end && toks.get(to).is("مع")) {
                Chain c = chainAt(to + 1, end);
                if (c != null) { use(c); for (Actor x : c.actors()) if (!parties.contains(x)) parties.add(x); to = c.end(); }
            }
            if (parties.isEmpty()) return null;
            return new Frame(parties, to, clauseEnd(to, end), st);
        }

        /** Adjectives after an agreement noun (الاتفاق النووي التاريخي، اتفاق نووي تاريخي), relatives excluded. */
        int skipAdjectives(int k, int end) {
            int n = 0;
            while (k < end && n < 3 && toks.get(k).isWord() && adjective(toks.get(k))) { k++; n++; }
            return k;
        }

        boolean adjective(Token t) {
            String w = t.norm();
            if (lex.relatives.longestAt(toks, t.index()) != null) return false;
            return w.length() > 3 && (w.endsWith("ي") || w.endsWith("يه")) && a.mentionStartingAt(t.index()) == null;
        }

        // ---- trigger verbs

        void verb(Match<Trigger> tm, Sentence s) {
            int end = s.endToken();
            // the agreement noun or named agreement the verb governs, if any
            int nounAt = -1;
            for (int k = tm.end(); k < end && k < tm.end() + 12 && nounAt < 0; k++) {
                if (namedAt(k) != null) nounAt = k;
                else {
                    Match<Trigger> n = lex.triggers.longestAt(toks, k);
                    if (n != null && !n.value().verb()) nounAt = k;
                }
            }
            int contractAt = -1;
            if (tm.value().ambiguous()) { // «جدد النادي عقد اللاعب»: a contract as the object of a signing/renewing verb
                Ref subj = partyAfterTitles(tm.end(), end); // after the verb's subject («جدد الاتحاد الدولي لكرة القدم عقد …»)
                int from = subj != null && subj.first() <= tm.end() + 3 ? subj.end() : tm.end();
                for (int k = from; k < Math.min(end, from + 3) && contractAt < 0; k++) {
                    if (lex.contracts.longestAt(toks, k) != null && (nounAt < 0 || k < nounAt)) contractAt = k;
                }
            }
            if (contractAt >= 0) { contract(tm, contractAt, s); return; }
            int proposalAt = proposalAfter(tm, end);
            if (tm.value().ambiguous() && proposalAt < 0 && (nounAt < 0 || nounAt - tm.end() > WINDOW)) return;
            boolean failed = failedBefore(tm.first(), s);
            List<Actor> parties = subjectParties(tm.end(), Math.min(end, tm.end() + WINDOW), end);
            if (parties.size() < 2) {
                Chain before = chainEndingAt(tm.first(), s);
                if (before != null && before.refs().size() >= 2) { use(before); parties = before.actors(); }
                else if (before != null && parties.isEmpty()) {
                    Actor org = membersOf(before);
                    if (org != null) parties = List.of(org);
                }
            }
            if (parties.size() == 1 && !membersParties.contains(parties.get(0))) {
                // «اتفق X مع Y»: the subject and its partner
                List<Actor> with = withAfter(tm.end(), end, parties.get(0));
                if (with.size() >= 2) parties = with;
            }
            if (parties.size() == 1 && proposalAt >= 0) { // «وافق X على اقتراح Y»: the proposer is the other party
                Match<Boolean> p = lex.proposals.longestAt(toks, proposalAt);
                Ref y = p == null ? null : partyAfterTitles(p.end(), end);
                if (y != null && y.actor() != parties.get(0)) {
                    parties = List.of(parties.get(0), y.actor());
                    if (y.collective()) collectiveParties.add(y);
                }
            }
            AgreementStatus status = tm.value().status();
            if (status == null) { // «وقعت»: the verb itself is the status cue once an agreement noun confirms it
                Match<AgreementStatus> cue = lex.statusCues.longestAt(toks, tm.first());
                if (cue != null) status = cue.value();
            }
            if (nounAt >= 0) {
                Match<Named> nm = namedAt(nounAt);
                if (nm != null) {
                    mark(tm.first(), tm.end());
                    if (failed) { mark(nm.first(), nm.end()); return; }
                    named(nm, s, parties, status);
                    return;
                }
            }
            int subjectFrom = -1;
            if (endsWithSubjectPrep(tm)) subjectFrom = skipNotSubject(tm.end(), end);
            for (int k = tm.end(); k < end && subjectFrom < 0; k++) {
                Match<Boolean> ns = lex.notSubjects.longestAt(toks, k);
                if (ns != null) { k = ns.end() - 1; continue; }
                if (toks.get(k).is("علي") && k + 1 < end) { subjectFrom = k + 1; break; }
                if (k == nounAt) { subjectFrom = subjectAfterNoun(k, end); break; }
            }
            if (failed) { mark(tm.first(), nounAt >= 0 ? nounEnd(nounAt) : tm.end()); return; }
            if (parties.isEmpty() || (parties.size() < 2 && !collectiveSingle(parties))) return;
            if (subjectFrom < 0 || subjectFrom >= end) return;
            int subjectTo = subjectEnd(subjectFrom, end);
            if (subjectTo <= subjectFrom) return;
            mark(tm.first(), subjectTo);
            emit(tm.first(), subjectTo, tm.prefixLength(), null, parties, subjectFrom, subjectTo, s, status, surface(tm));
        }

        /** «جدد X عقد [المدرب] Y إلى 2017», «وقع X عقدا مع Y»: the verb's subject and the contract's person or partner. */
        void contract(Match<Trigger> tm, int at, Sentence s) {
            int end = s.endToken();
            if (failedBefore(tm.first(), s)) return;
            List<Actor> parties = new ArrayList<>(subjectParties(tm.end(), at, end));
            if (parties.isEmpty()) {
                Chain before = chainEndingAt(tm.first(), s);
                if (before != null) parties.addAll(before.actors());
            }
            int after = lex.contracts.longestAt(toks, at).end();
            Ref y = null; // the contract's person: its genitive, after a role word (عقد المدرب لويس إنريكي)
            for (int k = after; k < Math.min(end, after + 3) && y == null && toks.get(k).isWord(); k++) y = refAt(k);
            if (y == null && after < end && toks.get(after).is("مع")) y = partyAfterTitles(after + 1, end);
            if (y == null) {
                List<Actor> with = parties.size() == 1 ? withAfter(after, end, parties.get(0)) : List.of();
                if (with.size() >= 2) parties = new ArrayList<>(with);
            } else if (!parties.contains(y.actor())) {
                parties.add(y.actor());
                if (y.collective()) collectiveParties.add(y);
            }
            if (parties.size() < 2) return;
            Match<AgreementStatus> cue = lex.statusCues.longestAt(toks, tm.first());
            int subjectTo = subjectEnd(at, end);
            mark(tm.first(), subjectTo);
            emit(tm.first(), subjectTo, tm.prefixLength(), null, parties, at, subjectTo, s, cue == null ? null : cue.value(), surface(tm));
        }

        /** Where «اقتراح/مقترح/عرض» stands after the verb's «على» («وافقت مصر على اقتراح السودان»), or -1. */
        int proposalAfter(Match<Trigger> tm, int end) {
            if (endsWithSubjectPrep(tm)) return tm.end() < end && lex.proposals.longestAt(toks, tm.end()) != null ? tm.end() : -1;
            for (int k = tm.end(); k + 1 < Math.min(end, tm.end() + WINDOW); k++) {
                if (toks.get(k).is("علي")) return lex.proposals.longestAt(toks, k + 1) != null ? k + 1 : -1;
                if (!toks.get(k).isWord()) return -1;
            }
            return -1;
        }

        /**
         * «انتقال اللاعب X إلى نادي Y», «إعارة X لنادي Y»: the person and the club; «تعاقد النادي مع X»: the partner and
         * the clause's agent. A transfer without a person and an organisation («انتقال السلطة إلى …») is none.
         */
        boolean transfer(Match<Boolean> xm, Sentence s) {
            int end = s.endToken();
            if (failedBefore(xm.first(), s)) return false;
            List<Actor> parties = new ArrayList<>();
            if (xm.phrase().endsWith("مع")) {
                Ref y = null;
                for (int k = xm.end(); k < Math.min(end, xm.end() + 3) && y == null && toks.get(k).isWord(); k++) y = refAt(k);
                if (y == null) return false;
                Actor x = null; // the agent: the subject before «تعاقد مع» (SVO), else the clause's agent
                Chain before = chainEndingAt(xm.first(), s);
                if (before != null && before.refs().size() == 1) x = before.refs().get(0).actor();
                if (x == null) x = clauseAgent(xm.first(), s, List.of(y.actor()));
                if (x == null || x == y.actor()) return false;
                parties.add(x);
                parties.add(y.actor());
            } else {
                Ref person = null;
                int k = xm.end();
                for (; k < Math.min(end, xm.end() + 3) && person == null && toks.get(k).isWord(); k++) person = refAt(k);
                if (person == null || person.actor().actorClass() != ActorClass.PERSON) return false;
                Ref club = null;
                for (int j = person.end(); j < Math.min(end, person.end() + 5) && club == null && toks.get(j).isWord(); j++) {
                    Ref r = refAt(j);
                    if (r != null && r.actor().actorClass() == ActorClass.ORGANIZATION) club = r;
                }
                if (club == null) return false;
                Actor agent = clauseAgent(xm.first(), s, List.of(person.actor(), club.actor()));
                if (agent != null && agent.actorClass() == ActorClass.ORGANIZATION) parties.add(agent);
                parties.add(person.actor());
                parties.add(club.actor());
            }
            int subjectTo = subjectEnd(xm.first(), end);
            mark(xm.first(), subjectTo);
            emit(xm.first(), subjectTo, xm.prefixLength(), null, parties, xm.first(), subjectTo, s, AgreementStatus.REACHED,
                    surface(xm.first(), xm.end(), xm.prefixLength()));
            return true;
        }

        boolean endsWithSubjectPrep(Match<Trigger> tm) {
            return tm.end() - tm.first() > 1 && lex.subjectPreps.longestAt(toks, tm.end() - 1) != null;
        }

        /** A single party is enough when it is an organisation whose members agree among themselves («دول أعضاء الأوبك اتفقوا»). */
        boolean collectiveSingle(List<Actor> parties) {
            return parties.size() == 1 && membersParties.contains(parties.get(0));
        }

        final List<Actor> membersParties = new ArrayList<>();

        /** «دول أعضاء X» / «الدول الأعضاء في X» right before the chain: X's members are the parties, X stands for them. */
        Actor membersOf(Chain c) {
            if (c.refs().size() != 1) return null;
            Ref r = c.refs().get(0);
            if (r.actor().actorClass() != ActorClass.ORGANIZATION) return null;
            for (int k = Math.max(0, r.first() - 3); k < r.first(); k++) {
                Match<Boolean> m = lex.members.longestAt(toks, k);
                if (m != null && m.end() == r.first()) { membersParties.add(r.actor()); return r.actor(); }
            }
            return null;
        }

        /** «X مع Y» after the subject X: [X, Y]. */
        List<Actor> withAfter(int from, int end, Actor x) {
            for (int k = from; k < Math.min(end, from + WINDOW); k++) {
                if (toks.get(k).is("مع")) {
                    Chain c = chainAt(k + 1, end);
                    if (c == null) return List.of();
                    use(c);
                    List<Actor> out = new ArrayList<>();
                    out.add(x);
                    for (Actor y : c.actors()) if (!out.contains(y)) out.add(y);
                    return out;
                }
                if (lex.subjectPreps.longestAt(toks, k) != null || toks.get(k).isPunct()) break;
            }
            return List.of();
        }

        int nounEnd(int noun) {
            Match<Named> nm = lex.named.longestAt(toks, noun);
            if (nm != null) return nm.end();
            Match<Trigger> t = lex.triggers.longestAt(toks, noun);
            return t == null ? noun + 1 : subjectEnd(subjectAfterNoun(noun, text.sentenceOf(noun).endToken()), text.sentenceOf(noun).endToken());
        }

        /** Where the subject starts after an agreement noun: after «يقضي/ينص (بـ/على)», its own «على/بشأن/حول», else at the noun. */
        int subjectAfterNoun(int noun, int end) {
            Match<Trigger> n = lex.triggers.longestAt(toks, noun);
            int k = n == null ? noun + 1 : n.end();
            k = skipNotSubject(k, end);
            if (k < end) {
                String w = toks.get(k).norm();
                if (w.equals("يقضي") || w.equals("ينص") || w.equals("تقضي") || w.equals("تنص")) {
                    k++;
                    if (k < end && toks.get(k).is("علي")) k++;
                    return k;
                }
                Match<Boolean> p = lex.subjectPreps.longestAt(toks, k);
                if (p != null && p.prefixLength() == 0 && p.end() < end) return skipNotSubject(p.end(), end) == p.end() ? p.end() : noun;
                if (k > (n == null ? noun + 1 : n.end())) { // «اتفاق على هامش القمة بشأن …»: the adverbial's complement, then the subject
                    for (int j = k; j < Math.min(end, k + 3) && toks.get(j).isWord(); j++) {
                        Match<Boolean> q = lex.subjectPreps.longestAt(toks, j);
                        if (q != null && q.prefixLength() == 0 && q.end() < end) return q.end();
                    }
                }
            }
            return noun;
        }

        /** Skips «على الأقل»-like adverbials at k. */
        int skipNotSubject(int k, int end) {
            while (k < end) {
                Match<Boolean> ns = lex.notSubjects.longestAt(toks, k);
                if (ns == null) break;
                k = ns.end();
            }
            return k;
        }

        /** The subject runs to the end of the sentence, or to a word that opens a new clause (بعدما، حيث، وذلك). */
        int subjectEnd(int from, int end) {
            for (int k = from + 1; k < end; k++) {
                if (lex.subjectEnds.longestAt(toks, k) != null || lex.especially.longestAt(toks, k) != null) { end = k; break; }
            }
            return trimEnd(from, end);
        }

        // ---- impersonal frames

        /**
         * «وتم الاتفاق على X», «ما تم الاتفاق عليه مع Y»: the parties are the clause's «مع Y» with the clause subject,
         * else those of the agreement just before in the same paragraph.
         */
        boolean passive(Match<AgreementStatus> pm, Sentence s) {
            int end = s.endToken();
            if (failedBefore(pm.first(), s)) { mark(pm.first(), subjectEnd(pm.end() - 1, end)); return true; }
            List<Actor> parties = new ArrayList<>();
            int k = pm.end();
            int subjectFrom = k;
            if (lex.subjectPreps.longestAt(toks, pm.end() - 1) == null || pm.phrase().endsWith("عليه") || pm.phrase().endsWith("عليها")) {
                // «المتفق عليه مسبقا مع X» — the subject is the clause around it
                subjectFrom = pm.first();
                for (int j = pm.end(); j < Math.min(end, pm.end() + 3); j++) {
                    if (toks.get(j).is("بين")) {
                        Chain c = chainAt(j + 1, end);
                        if (c != null && c.refs().size() >= 2) { use(c); parties.addAll(c.actors()); }
                        break;
                    }
                    if (toks.get(j).is("مع")) {
                        Chain c = chainAt(j + 1, end);
                        if (c != null) {
                            Actor other = clauseAgent(pm.first(), s, c.actors());
                            if (other != null) parties.add(other);
                            for (Actor y : c.actors()) if (!parties.contains(y)) parties.add(y);
                            if (parties.size() >= 2) use(c);
                        }
                        break;
                    }
                }
            }
            if (parties.size() < 2) {
                if (last == null || lastParagraph != s.paragraph()) return false;
                parties = new ArrayList<>(last.parties());
            }
            if (parties.size() < 2) return false;
            if (subjectFrom >= end) return false;
            int subjectTo = subjectEnd(subjectFrom, end);
            if (subjectTo <= subjectFrom) return false;
            mark(pm.first(), subjectTo);
            emit(pm.first(), subjectTo, pm.prefixLength(), null, parties, subjectFrom, subjectTo, s, pm.value(),
                    surface(pm.first(), pm.end(), pm.prefixLength()));
            return true;
        }

        // ---- agreement nouns

        void noun(Match<Trigger> tm, Sentence s) {
            int end = s.endToken();
            if (failedBefore(tm.first(), s)) { mark(tm.first(), tm.end()); return; }
            List<Actor> parties = new ArrayList<>();
            int k = tm.end();
            boolean definite = tm.phrase().startsWith("ال") || tm.clitics().contains("ال");
            // «الاتفاقية الأمنية»: a definite noun with adjectives is a name
            int nameEnd = tm.end();
            if (definite) {
                while (nameEnd < end && toks.get(nameEnd).isWord() && toks.get(nameEnd).norm().startsWith("ال")
                        && adjective(toks.get(nameEnd))) nameEnd++;
            } else if (genitiveName(nameEnd, end)) {
                // «اتفاقية الحريات الأربع», «اتفاقية التبادل»: a construct with a definite genitive names the agreement
                nameEnd++;
                while (nameEnd < end && toks.get(nameEnd).isWord() && toks.get(nameEnd).norm().startsWith("ال")
                        && !genitiveStop(nameEnd) && nameEnd - tm.end() < 3) nameEnd++;
            }
            int subjectEnd = nameEnd;
            AgreementStatus frameStatus = null;
            DateValue frameDate = null;
            Frame f = ownFrame(skipAdjectives(nameEnd, end), end);
            if (f != null && (f.parties().size() >= 2 || !toks.get(k).is("مع"))) {
                parties = new ArrayList<>(f.parties());
                subjectEnd = Math.max(subjectEnd, f.end());
                frameStatus = f.status();
                frameDate = firstDate(tm.end(), f.clauseEnd());
            }
            for (int j = k; parties.size() < 2 && j < Math.min(end, k + WINDOW); j++) {
                Token t = toks.get(j);
                if (t.is("بين")) {
                    int from = j + 1;
                    Match<Boolean> both = from < end ? lex.bothParties.longestAt(toks, from) : null;
                    Chain between = null;
                    if (both != null) { from = both.end(); between = nisbaChain(from, end); }
                    if (between == null) between = chainAt(from, end);
                    if (between != null && between.refs().size() >= 2) {
                        use(between);
                        parties = between.actors();
                        subjectEnd = Math.max(subjectEnd, between.end());
                        break;
                    }
                }
                if (t.is("مع") && j + 1 < end) {
                    Chain c = chainAt(j + 1, end);
                    if (c != null) {
                        List<Actor> with = c.actors();
                        Actor other = parties.size() == 1 && !with.contains(parties.get(0)) ? parties.get(0) : null;
                        Ref gen = other == null ? refAt(tm.end()) : null; // «اتفاق الدول العظمى مع إيران»: the genitive is the agent
                        if (gen != null && gen.end() <= j && !with.contains(gen.actor())) {
                            other = gen.actor();
                            if (gen.collective()) collectiveParties.add(gen);
                        }
                        boolean state = with.get(0).actorClass() == ActorClass.COUNTRY;
                        if (other == null && state) other = stateBefore(with.get(0), s, tm.first());
                        if (other == null) { // with a state, a state is the other side (a parliament demanding is no party)
                            Actor agent = clauseAgent(tm.first(), s, with);
                            if (agent != null && (!state || agent.actorClass() == ActorClass.COUNTRY)) other = agent;
                        }
                        if (other == null && state && status(tm.first(), s) != null) other = otherMainState(with.get(0));
                        parties = new ArrayList<>();
                        if (other != null) parties.add(other);
                        for (Actor y : with) if (!parties.contains(y)) parties.add(y);
                        if (parties.size() >= 2) use(c);
                        subjectEnd = Math.max(subjectEnd, c.end());
                        break;
                    }
                }
            }
            if (frameDate == null && subjectEnd > tm.end()) { // «صفقة مع X تم إبرامها في فبراير»: the relative clause dates it
                int r = subjectEnd;
                Match<Boolean> rel = r < end ? lex.relatives.longestAt(toks, r) : null;
                if (rel != null) r = rel.end();
                Match<AgreementStatus> rv = r < end ? lex.relativeVerbs.longestAt(toks, r) : null;
                if (rv != null) {
                    frameDate = firstDate(rv.end(), clauseEnd(rv.end(), end));
                    if (frameStatus == null) frameStatus = rv.value();
                }
            }
            boolean ownSubject = subjectAfterNoun(tm.first(), end) != tm.first();
            // «الاتفاق» alone after a named agreement is that agreement again
            if (definite && nameEnd == tm.end() && !ownSubject && lastNamedKey != null) {
                mark(tm.first(), Math.max(tm.end(), subjectEnd));
                return;
            }
            if (parties.size() < 2) {
                Chain c = clauseSubject(tm.first(), s);
                if (c != null && c.refs().size() >= 2) { use(c); parties = c.actors(); }
            }
            if (parties.size() < 2 && last != null && lastSentence == s.index() && especiallyBefore(tm.first())) {
                parties = new ArrayList<>(last.parties()); // «الاتفاقيات …، لا سيما اتفاقية X»: one of those just named
            }
            if (parties.size() < 2 && agentlessRelative(skipAdjectives(nameEnd, end), end)) {
                // «الاتفاقيات التي تم توقيعها»: signed by the subject of the sentence («أن الرئيسين السيسي والبشير سيعقدان …»)
                Chain c = sentenceSubject(tm.first(), s);
                if (c != null) { use(c); parties = c.actors(); }
            }
            if (parties.size() < 2) return;
            int subjectFrom = subjectAfterNoun(tm.first(), end);
            int subjectTo;
            if (subjectFrom != tm.first()) subjectTo = subjectEnd(subjectFrom, end);
            else if (nameEnd > tm.end() || subjectEnd > tm.end()) subjectTo = Math.max(subjectEnd, nameEnd);
            else subjectTo = subjectEnd(tm.first(), Math.min(end, tm.first() + 16));
            if (subjectTo <= subjectFrom) return;
            String name = nameEnd > tm.end() ? surface(tm.first(), nameEnd, tm.prefixLength()) : null;
            AgreementStatus status = status(tm.first(), s);
            if (status == null) status = frameStatus;
            mark(tm.first(), subjectTo);
            emit(tm.first(), subjectTo, tm.prefixLength(), name, parties, subjectFrom, subjectTo, s, status, surface(tm), frameDate);
        }

        /** A definite common noun right after an indefinite agreement noun: its genitive, not a party, time or clause word. */
        boolean genitiveName(int k, int end) {
            return k < end && toks.get(k).isWord() && toks.get(k).norm().startsWith("ال") && !genitiveStop(k);
        }

        boolean genitiveStop(int k) {
            return refAt(k) != null || a.mentionCovering(k) != null || a.timeStartingAt(k) != null
                    || lex.relatives.longestAt(toks, k) != null || lex.bothParties.longestAt(toks, k) != null
                    || lex.relativeVerbs.longestAt(toks, k) != null || lex.nisba.longestAt(toks, k) != null;
        }

        /** «لا سيما» right before i. */
        boolean especiallyBefore(int i) {
            for (int k = Math.max(0, i - 2); k < i; k++) {
                Match<Boolean> m = lex.especially.longestAt(toks, k);
                if (m != null && m.end() == i) return true;
            }
            return false;
        }

        /** A passive relative clause with no agent at k: «[التي] تم توقيعها/الموقعة» not followed by بين/مع or a party. */
        boolean agentlessRelative(int k, int end) {
            Match<Boolean> rel = null;
            for (int j = k; j < Math.min(end, k + 3) && rel == null; j++) {
                if (!toks.get(j).isWord()) break;
                rel = lex.relatives.longestAt(toks, j);
            }
            if (rel != null) k = rel.end();
            Match<AgreementStatus> rv = k < end ? lex.relativeVerbs.longestAt(toks, k) : null;
            if (rv == null) return false;
            int n = rv.end();
            return n >= end || (!toks.get(n).is("بين") && !toks.get(n).is("مع") && refAt(n) == null);
        }

        /** The nearest clause-subject pair before i in the sentence (the main subject: «أن الرئيسين السيسي والبشير سيعقدان»). */
        Chain sentenceSubject(int i, Sentence s) {
            Chain best = null;
            for (int k = s.firstToken(); k < i; k++) {
                Token t = toks.get(k);
                boolean start = k == s.firstToken() || t.is("ان") || t.is("بان") || t.is("وان") || t.is("،") || t.is(",");
                if (!start) continue;
                Chain c = clauseSubjectAt(k == s.firstToken() ? k : k + 1, i);
                if (c != null) best = c;
            }
            return best;
        }

        /**
         * The agent of an agreement noun at i, not one of {@code not}: the party right after a signing cue that governs it
         * («توقيع X اتفاقية مع Y»), else the subject of its clause (its first words, after the verb and a pronoun-suffixed
         * preposition: «حصلت عليها مصر … في إطار صفقة مع Y»). A name that runs into the noun is no agent.
         */
        Actor clauseAgent(int i, Sentence s, List<Actor> not) {
            for (int k = Math.max(s.firstToken(), i - 10); k < i; k++) {
                Match<AgreementStatus> cue = lex.statusCues.longestAt(toks, k);
                if (cue == null) continue;
                Ref r = partyAfterTitles(cue.end(), i);
                if (r != null && r.end() <= i && !not.contains(r.actor())) return r.actor();
            }
            int cs = clauseStart(i, s);
            for (int start = cs; start <= cs + 2 && start < i; start++) {
                Ref r = partyAfterTitles(start, i);
                if (r != null && r.end() <= i && !not.contains(r.actor())) return r.actor();
            }
            return null;
        }

        /** «زعيم حزب الأمة الصادق المهدي»: the organisation is the title's complement, the person after it the party. */
        Ref personAfterComplement(Ref r, int end) {
            if (r.actor().actorClass() != ActorClass.ORGANIZATION || r.end() >= end) return r;
            Ref p = refAt(r.end());
            return p != null && p.actor().actorClass() == ActorClass.PERSON ? p : r;
        }

        /** The party at j, or after a title and its adjectives at j (الرئيس السوداني عمر البشير). */
        Ref partyAfterTitles(int j, int limit) {
            if (j >= limit) return null;
            Ref r = refAt(j);
            if (r != null) return r;
            Match<Boolean> t = lex.titles.longestAt(toks, j);
            if (t == null) return null;
            int k = t.end();
            for (int n = 0; k < limit && n < 4 && toks.get(k).isWord(); k++, n++) {
                r = refAt(k);
                if (r != null) return personAfterComplement(r, limit);
            }
            return null;
        }

        /** «مع X» with X a state: the other party is a state named earlier in the sentence. */
        Actor stateBefore(Actor x, Sentence s, int before) {
            for (ActorMention m : a.mentionsIn(s.firstToken(), before)) {
                if (m.actor() != x && m.actor().actorClass() == ActorClass.COUNTRY) return m.actor();
            }
            return null;
        }

        /**
         * «بإلغاء الاتفاقية الأمنية مع الولايات المتحدة», «توقيع اتفاق مع X»: a status cue with no agent named is the
         * article's own state acting — its other main state. Without the cue («بموجب اتفاق مع السنغال») no party is guessed.
         */
        Actor otherMainState(Actor x) {
            for (Actor st : a.mainStates()) if (st != x) return st;
            return null;
        }

        // ---- parties

        /** Actors that open the window after a verb, joined by و: «واشنطن وبغداد»; or «الجانبان». */
        List<Actor> subjectParties(int from, int to, int end) {
            // VSO: the subject follows the verb, after a time expression or a title at most («اتفق أمس وزير الخارجية X و…»)
            int k0 = from;
            TimeExpression te = a.timeStartingAt(k0);
            if (te != null) k0 = te.endToken();
            Ref titled = partyAfterTitles(k0, Math.min(end, k0 + 6));
            if (titled != null && refAt(k0) == null) k0 = titled.first();
            to = Math.min(to, k0 + 2);
            for (int k = from; k < to; k++) {
                if (lex.bothParties.longestAt(toks, k) != null) {
                    int after = lex.bothParties.longestAt(toks, k).end();
                    if (after < end && toks.get(after).is("،")) after++;
                    Chain named = nisbaChain(after, end); // «اتفق الجانبان الأمريكي والعراقي»
                    if (named == null) named = chainAt(after, Math.min(end, after + 12)); // «الرئيسان، السيسي والبشير»
                    if (named != null && named.refs().size() >= 2) { use(named); return named.actors(); }
                    return a.mainStates();
                }
                Chain c = chainAt(k, Math.min(end, to + 8));
                if (c != null) {
                    if (c.refs().size() >= 2) use(c);
                    return c.actors();
                }
                if (toks.get(k).is("علي") || toks.get(k).is("مع")) break;
            }
            return List.of();
        }

        /**
         * «الجانبين العراقي والسعودي»: after a both-parties word, states named by nisba adjectives joined by و are the
         * parties (a state not yet an actor becomes one, its mention the adjective). Null unless two states are named.
         */
        Chain nisbaChain(int k, int end) {
            List<Ref> out = new ArrayList<>();
            int first = k;
            while (k < end && out.size() < 4) {
                int at = k;
                if (toks.get(k).is("و") && !out.isEmpty()) at = k + 1;
                if (at >= end) break;
                Match<AgreementLexicon.State> m = lex.nisba.longestAt(toks, at);
                if (m == null || (!out.isEmpty() && at == k && !m.clitics().startsWith("و"))) break;
                out.add(stateRef(m));
                k = m.end();
            }
            return out.size() >= 2 ? new Chain(out, first, k) : null;
        }

        Ref stateRef(Match<AgreementLexicon.State> m) {
            AgreementLexicon.State st = m.value();
            Span sp = span(m.first(), m.end(), m.prefixLength());
            for (Actor c : a.actors()) if (st.iso2().equals(c.countryCode())) return new Ref(c, m.first(), m.end(), sp, false);
            Actor actor = pendingStates.computeIfAbsent(st.iso2(), iso -> new Actor(st.wikidata(), ActorClass.COUNTRY, st.ar(), st.en(), st.wikidata(), iso));
            return new Ref(actor, m.first(), m.end(), sp, true);
        }

        final Map<String, Actor> pendingStates = new LinkedHashMap<>();

        /** The party at k: an actor mention or a collective party. */
        Ref refAt(int k) {
            ActorMention m = a.mentionStartingAt(k);
            if (m != null) return new Ref(m.actor(), m.firstToken(), m.endToken(), m.span(), false);
            if (collectiveAt == null) indexCollectives();
            return k >= 0 && k < collectiveAt.length ? collectiveAt[k] : null;
        }

        void indexCollectives() {
            collectiveAt = new Ref[toks.size()];
            Map<String, Actor> byKey = new LinkedHashMap<>();
            for (int k = 0; k < toks.size(); k++) {
                if (!toks.get(k).isWord()) continue;
                Match<Collective> m = lex.collectives.longestAt(toks, k);
                if (m == null) continue;
                Collective c = m.value();
                Actor actor = byKey.computeIfAbsent(c.key(), key -> new Actor(key, c.actorClass(), c.ar(), c.en(), null));
                int e = m.end();
                if (e < toks.size() && toks.get(e).is("/") && m.phrase().contains("/")) e++; // «دول / 5 + 1 /»
                Span sp = span(k, e, m.prefixLength());
                String surface = text.substring(sp.begin(), sp.end());
                if (!surface.equals(c.ar())) actor.addAltLabel(surface);
                collectiveAt[k] = new Ref(actor, k, e, sp, true);
                k = e - 1;
            }
        }

        /** Marks a chain's collective parties as used, so they become actors. */
        void use(Chain c) {
            for (Ref r : c.refs()) if (r.collective() && !collectiveParties.contains(r)) collectiveParties.add(r);
        }

        /**
         * Parties joined by و starting at k: «الولايات المتحدة والعراق», «مصر و السودان» (و written apart),
         * «X وزعيم المعارضة Y» (the second party after a title).
         */
        Chain chainAt(int k, int end) {
            Ref r = refAt(k);
            if (r == null) return null;
            List<Ref> out = new ArrayList<>();
            int first = k, last = r.end();
            while (r != null && out.size() < 6) {
                out.add(r);
                last = r.end();
                int n = r.end();
                if (n >= end || n >= toks.size()) break;
                Token t = toks.get(n);
                Ref next = null;
                if (t.is("و")) next = refAt(n + 1);
                else if (t.isWord() && t.norm().startsWith("و")) {
                    next = refAt(n);
                    if (next == null) next = afterTitle(n, end);
                }
                r = next;
            }
            return new Chain(out, first, last);
        }

        /** «وزعيم المعارضة Y»: a title (with up to three words of complement) and then a party. */
        Ref afterTitle(int n, int end) {
            Match<Boolean> t = lex.titles.longestAt(toks, n);
            if (t == null) return null;
            for (int j = t.end(); j < Math.min(end, t.end() + 4); j++) {
                Ref r = refAt(j);
                if (r != null) return personAfterComplement(r, end);
                if (!toks.get(j).isWord()) return null;
            }
            return null;
        }

        /** The chain that ends right before the verb at i (SVO: «مصر والسودان اتفقتا», «دول أعضاء الأوبك قد اتفقوا»). */
        Chain chainEndingAt(int i, Sentence s) {
            int stop = i;
            while (stop - 1 >= s.firstToken() && (toks.get(stop - 1).is("قد") || toks.get(stop - 1).is("لقد"))) stop--;
            for (int k = Math.max(s.firstToken(), stop - 20); k < stop; k++) {
                if (refAt(k) == null) continue;
                Chain c = chainAt(k, stop);
                if (c != null && c.end() == stop) return c;
            }
            return null;
        }

        /**
         * The coordinated parties that are the subject of the clause holding i: at the clause start (SVO) or right after its
         * first word, the verb (VSO), titles and their adjectives allowed before the first name. A list inside the clause
         * («جولة تشمل قطر ومصر والأردن») is no subject.
         */
        Chain clauseSubject(int i, Sentence s) {
            return clauseSubjectAt(clauseStart(i, s), i);
        }

        Chain clauseSubjectAt(int cs, int i) {
            for (int start = cs; start <= cs + 1 && start < i; start++) {
                int j = start;
                Match<Boolean> both = lex.bothParties.longestAt(toks, j);
                if (both != null) j = both.end(); // «الرئيسين السيسي والبشير»
                Match<Boolean> t = lex.titles.longestAt(toks, j);
                if (t != null) {
                    j = t.end();
                    while (j < i && toks.get(j).isWord() && toks.get(j).norm().startsWith("ال") && adjective(toks.get(j))) j++;
                }
                if (refAt(j) == null) continue;
                Chain c = chainAt(j, i);
                if (c != null && c.refs().size() >= 2) return c;
            }
            return null;
        }

        /** The first token of the clause holding i: after a comma, colon, semicolon or أن/إن within reach, else the sentence start. */
        int clauseStart(int i, Sentence s) {
            for (int k = i - 1; k >= s.firstToken() && k >= i - LOOKBACK; k--) {
                Token t = toks.get(k);
                if (t.is("،") || t.is(",") || t.is("؛") || t.is(";") || t.is(":")) return k + 1;
                if (t.is("ان") || t.is("بان") || t.is("وان")) return k + 1;
            }
            return s.firstToken();
        }

        /** The end of the clause starting at k (a comma or the sentence end). */
        int clauseEnd(int k, int end) {
            for (int j = k; j < end; j++) if (toks.get(j).is("،") || toks.get(j).is(",") || toks.get(j).is("؛")) return j;
            return end;
        }

        /**
         * A failure cue in the clause before i («فشلت X وY في التوصل»), a negation right before it («لم يتفق»), or a
         * conditional just before it («إذا تم التوقيع»): no agreement was reached.
         */
        boolean failedBefore(int i, Sentence s) {
            if (i - 1 >= s.firstToken()) {
                for (int k = Math.max(s.firstToken(), i - 2); k < i; k++) {
                    Match<Boolean> n = lex.negations.longestAt(toks, k);
                    if (n != null && n.end() == i) return true;
                }
            }
            for (int k = Math.max(s.firstToken(), i - 3); k < i; k++) { // «إذا تم التوقيع على الاتفاق»: hypothetical
                Match<Boolean> c = lex.conditionals.longestAt(toks, k);
                if (c != null && c.end() <= i) return true;
            }
            int from = Math.max(clauseStart(i, s), i - 8);
            for (int k = from; k < i; k++) {
                Match<Boolean> f = lex.failures.longestAt(toks, k);
                if (f != null && f.end() <= i) return true;
            }
            return false;
        }

        /** A status cue just before position i («بإلغاء الاتفاقية», «توقيع اتفاق», «رفضت حماس الاتفاق»). */
        AgreementStatus status(int i, Sentence s) {
            for (int k = Math.max(s.firstToken(), i - 3); k < i; k++) {
                Match<AgreementStatus> m = lex.statusCues.longestAt(toks, k);
                if (m != null && m.end() <= i) return m.value();
            }
            return null;
        }

        DateValue firstDate(int from, int to) {
            for (TimeExpression te : a.timesIn(from, to)) if (te.value() != null) return te.value();
            return null;
        }

        void emit(int from, int to, int prefix, String name, List<Actor> parties, int subjectFrom, int subjectTo, Sentence s,
                  AgreementStatus status, String trigger) {
            emit(from, to, prefix, name, parties, subjectFrom, subjectTo, s, status, trigger, null);
        }

        /** Dated only by a time expression of the agreement's own frame: its clause up to where the subject starts. */
        void emit(int from, int to, int prefix, String name, List<Actor> parties, int subjectFrom, int subjectTo, Sentence s,
                  AgreementStatus status, String trigger, DateValue frameDate) {
            String subject = text.textOf(subjectFrom, subjectTo);
            DateValue date = frameDate;
            if (date == null && status != AgreementStatus.CANCEL_DEMANDED) {
                int frameFrom = clauseStart(from, s);
                for (TimeExpression te : a.timesIn(frameFrom, subjectFrom)) {
                    if (te.value() != null) { date = te.value(); break; }
                }
            }
            Agreement g = new Agreement(span(from, to, prefix), null, name, null, null, parties, subject, date, status, trigger);
            found.add(g);
            remember(g, s);
        }

        int lastSentence = -1;

        void remember(Agreement g, Sentence s) {
            last = g;
            lastParagraph = s.paragraph();
            lastSentence = s.index();
        }

        String surface(Match<?> m) { return surface(m.first(), m.end(), m.prefixLength()); }

        String surface(int first, int end, int prefix) {
            Span sp = span(first, end, prefix);
            return text.substring(sp.begin(), sp.end());
        }

        int trimEnd(int from, int to) { return text.trimTrailingPunctuation(from, to); }

        void mark(int from, int to) {
            for (int k = from; k < to && k < used.length; k++) used[k] = true;
            lastMarked = Math.max(from, to);
        }

        Span span(int first, int end, int prefix) { return Span.ofTokens(text, first, end, prefix); }
    }
}
