package org.akhbar.extract.actor;

import java.util.ArrayList;
import java.util.List;

import org.akhbar.extract.ActorClass;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.Sentence;
import org.akhbar.text.Token;

/**
 * The trained name finder's part in actor recognition: it proposes persons and
 * organisations the gazetteer and rules did not find, and the label rules decide.
 * <ul>
 * <li>Only tokens no rule took: the gazetteer and rules decide known names and types.</li>
 * <li>States are a closed list (the gazetteer's); LOC and MISC only keep the model from
 *     reading places and nationalities as persons.</li>
 * <li>A proposed name passes the label rules: no title, speech verb or particle in it, no
 *     word of the common-words list (words ANERcorp never saw inside a name), no article on
 *     a person's first word.</li>
 * <li>Context raises confidence: the model's probability must reach {@value #ALONE}, or
 *     {@value #IN_CONTEXT} when a speech verb or a title stands right before the name or a
 *     speech verb right after it; a one-word person needs that context.</li>
 * </ul>
 */
final class NameProposer {
    /** Probability a name needs with nothing around it to vouch for it. */
    static final double ALONE = 0.6;
    /** Probability a name needs beside a speech verb or title. */
    static final double IN_CONTEXT = 0.35;

    /** An accepted name: tokens {@code [first, end)}, clitics of {@code prefix} chars on the first token left out. */
    record Name(int first, int end, int prefix, String clitics, ActorClass actorClass) {}

    private final NameModel model;
    private final Gazetteer gz = Gazetteer.get();

    NameProposer(NameModel model) { this.model = model; }

    /** The names the model proposes over the text that pass the rules; {@code owned} marks the tokens rules took. */
    List<Name> names(AnalyzedText text, boolean[] owned) {
        List<Name> out = new ArrayList<>();
        List<Token> toks = text.tokens();
        model.newDocument();
        for (Sentence s : text.sentences()) {
            if (!hasCandidate(toks, owned, s)) continue;
            for (NameModel.Found f : model.find(text, s.firstToken(), s.endToken(), i -> candidate(toks.get(i), owned))) {
                ActorClass cls = switch (f.type()) {
                    case "PERS" -> ActorClass.PERSON;
                    case "ORG" -> ActorClass.ORGANIZATION;
                    default -> null;
                };
                if (cls == null) continue;
                Name n = accept(toks, owned, f, cls);
                if (n != null) out.add(n);
            }
        }
        return out;
    }

    /** A sentence is worth the model's time when some word in it is a {@link #candidate}. */
    private boolean hasCandidate(List<Token> toks, boolean[] owned, Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) if (candidate(toks.get(i), owned)) return true;
        return false;
    }

    /**
     * A token the model is asked about: a word no rule took that may be part of a new name —
     * not a particle, not a word ANERcorp never saw in a name (the common-words list), unless
     * it joins the parts of one name (بن، عبد). The model is not asked about the rest: they
     * would fail the label rules anyway, and asking costs (see {@link NameModel}).
     */
    private boolean candidate(Token t, boolean[] owned) {
        if (!t.isWord() || owned[t.index()]) return false;
        String w = t.norm();
        if (gz.nameConnectors.contains(w) || gz.firstNames.contains(w)) return true;
        if (w.length() < 2 || gz.isStopword(w)) return false;
        String bare = t.withoutConjunction();
        return !gz.isStopword(bare) && !gz.commonWords.contains(w) && !gz.commonWords.contains(bare);
    }

    private Name accept(List<Token> toks, boolean[] owned, NameModel.Found f, ActorClass cls) {
        int first = f.first(), end = f.end();
        for (int k = first; k < end; k++) if (owned[k] || !toks.get(k).isWord()) return null;
        // no title in a label: «الشيخ» before a name is a role the title rule reads, not the name's first word
        while (first < end && gz.titles.longestAt(toks, first) != null) first++;
        while (end > first && (gz.nameConnectors.contains(toks.get(end - 1).norm()) || gz.isStopword(toks.get(end - 1).norm()))) end--;
        if (first >= end) return null;
        for (int k = first; k < end; k++) {
            Token t = toks.get(k);
            String w = t.norm(), bare = t.withoutConjunction();
            boolean connector = k > first && gz.nameConnectors.contains(w);
            if (connector) continue;
            if (gz.speechVerbs.contains(w) || gz.speechVerbs.contains(bare) || gz.isStopword(w) || gz.isStopword(bare)
                    || gz.genericSpeakers.longestAt(toks, k) != null) return null;
            if (!gz.firstNames.contains(w) && (gz.commonWords.contains(w) || gz.commonWords.contains(bare))) return null;
            if (cls == ActorClass.PERSON && (gz.nisbaCountry(w) != null || gz.titles.longestAt(toks, k) != null
                    || gz.orgHeads.longestAt(toks, k) != null)) return null;
        }
        boolean context = vouched(toks, first, end);
        if (f.probability() < (context ? IN_CONTEXT : ALONE)) return null;
        if (cls == ActorClass.PERSON && end - first == 1 && !context) return null;
        Token.Reading r = leadingClitics(toks, first);
        String headStem = r.stem();
        if (cls == ActorClass.PERSON) {
            if (headStem.startsWith("ال") && !gz.firstNames.contains(headStem)) return null;
            // «بن عبدالعزيز»: a nasab is the end of a name that began before it, never a name alone
            if (headStem.equals("بن") || headStem.equals("بنت")) return null;
            // «عبدالله» alone: a first name names nobody in particular
            if (end - first == 1 && gz.firstNames.contains(headStem)) return null;
        } else if (end - first == 1 && gz.orgHeads.longestAt(toks, first) != null) {
            return null; // «منظمة» alone: a head noun, not a name
        }
        return new Name(first, end, r.prefixLength(), r.clitics(), cls);
    }

    /** A speech verb or title right before the name, or a speech verb right after it. */
    private boolean vouched(List<Token> toks, int first, int end) {
        if (first > 0 && toks.get(first - 1).isWord()) {
            Token p = toks.get(first - 1);
            if (gz.speechVerbs.contains(p.norm()) || gz.speechVerbs.contains(p.withoutConjunction())) return true;
            for (int k = Math.max(0, first - 3); k < first; k++) {
                var tm = gz.titles.longestAt(toks, k);
                if (tm != null && tm.end() == first) return true;
            }
        }
        if (end < toks.size() && toks.get(end).isWord()) {
            Token n = toks.get(end);
            return gz.speechVerbs.contains(n.norm()) || gz.speechVerbs.contains(n.withoutConjunction());
        }
        return false;
    }

    /**
     * The clitics to leave out of the name's first word. ANERcorp tags whole tokens («وبوش»), so
     * the model cannot say. A clitic is split off when what is left is known: a head noun or a
     * listed first name begins there («لمنظمة», «وأحمد»), or the article writes the word
     * without it elsewhere («لساندرو روسيل» beside «ساندرو روسيل»); a preposition before the
     * article is always one («للاتحاد», «بالحزب»); a bare و is a conjunction unless the word as
     * written is a first name («وليد»). ف is split off only on such evidence («فاروق»).
     */
    private Token.Reading leadingClitics(List<Token> toks, int i) {
        Token t = toks.get(i);
        Token.Reading surface = t.readings().get(0), chosen = surface;
        if (gz.firstNames.contains(t.norm())) return surface;
        var head = gz.orgHeads.longestAt(toks, i);
        if (head != null) {
            for (Token.Reading r : t.readings()) if (r.prefixLength() == head.prefixLength()) return r;
        }
        for (Token.Reading r : t.readings()) {
            String c = r.clitics();
            if (r.prefixLength() <= chosen.prefixLength() || r.stem().length() < 3 || (c.contains("ال") && !c.endsWith("ل+ال"))) continue;
            boolean known = gz.firstNames.contains(r.stem()) || writtenAlone(toks, r.stem());
            boolean prepArticle = c.endsWith("ل+ال") || ((c.endsWith("ب") || c.endsWith("ل") || c.endsWith("ك")) && r.stem().startsWith("ال"));
            if (known || prepArticle || c.equals("و")) chosen = r;
        }
        return chosen;
    }

    /** Whether some token of the text is this word, or this word after a conjunction. */
    private static boolean writtenAlone(List<Token> toks, String stem) {
        for (Token t : toks) if (t.isWord() && (t.norm().equals(stem) || t.withoutConjunction().equals(stem) && t.norm().length() == stem.length() + 1 && t.norm().charAt(0) == 'و')) return true;
        return false;
    }
}
