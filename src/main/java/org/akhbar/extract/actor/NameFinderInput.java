package org.akhbar.extract.actor;

import java.util.ArrayList;
import java.util.List;

import org.akhbar.extract.ActorClass;
import org.akhbar.text.AnalyzedText;
import org.akhbar.text.PhraseMatcher.Match;
import org.akhbar.text.Token;

/**
 * What the trained name finder reads for tokens {@code [from, to)} of an analysed text: the
 * tokens' normalised forms (the project's own tokens, clitics still attached; {@link
 * TokenShapeFeatures} reads their clitic readings) and, per token, the lexicon tags the
 * gazetteer and word lists give it — the dictionary features. OpenNLP passes these tags to the
 * model as its "additional context" and looks at them eight tokens either way, so a title two
 * words back or a speech verb before a name are seen. Training ({@code NameModelTraining}) and
 * extraction build the input here, so both see the same features.
 */
public final class NameFinderInput {
    private final String[] tokens;
    private final String[][] tags;

    private NameFinderInput(String[] tokens, String[][] tags) {
        this.tokens = tokens;
        this.tags = tags;
    }

    /** The normalised forms of the tokens, one per token. */
    public String[] tokens() { return tokens; }

    /** The lexicon tags of each token (may be empty). */
    public String[][] tags() { return tags; }

    private static final String[] NONE = new String[0];

    public static NameFinderInput of(AnalyzedText text, int from, int to) {
        Gazetteer gz = Gazetteer.get();
        List<Token> toks = text.tokens();
        int n = to - from;
        String[] words = new String[n];
        List<List<String>> tags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) { words[i] = toks.get(from + i).norm(); tags.add(null); }
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (!t.isWord()) continue;
            Match<GazetteerEntry> gm = gz.names.longestAt(toks, i);
            if (gm != null && gm.end() <= to) {
                String cls = gm.value().capital() ? "CAP" : gm.value().actorClass() == ActorClass.PERSON ? "PER"
                        : gm.value().actorClass() == ActorClass.ORGANIZATION ? "ORG" : "STATE";
                span(tags, from, gm.first(), gm.end(), "gz" + cls);
            }
            Match<Boolean> tm = gz.titles.longestAt(toks, i);
            if (tm != null && tm.end() <= to) span(tags, from, tm.first(), tm.end(), "title");
            Match<String> om = gz.orgHeads.longestAt(toks, i);
            if (om != null && om.end() <= to) span(tags, from, om.first(), om.end(), "head");
            Match<String> generic = gz.genericSpeakers.longestAt(toks, i);
            if (generic != null && generic.end() <= to) span(tags, from, generic.first(), generic.end(), "generic");
            String w = t.norm(), bare = t.withoutConjunction();
            for (Token.Reading r : t.readings()) {
                if ((r.clitics().isEmpty() || r.clitics().equals("و")) && gz.firstNames.contains(r.stem())) { tag(tags, i - from, "first"); break; }
            }
            // no tag for common words and particles, the most frequent words: the model sees the
            // words themselves two tokens either way, and eight tokens of such tags doubled its features
            if (gz.speechVerbs.contains(w) || gz.speechVerbs.contains(bare)) tag(tags, i - from, "speech");
            if (gz.nisbaCountry(w) != null || gz.nisbaCountry(bare) != null) tag(tags, i - from, "nisba");
            if (gz.nameConnectors.contains(w)) tag(tags, i - from, "conn");
            if (gz.surnames.containsKey(bare)) tag(tags, i - from, "surname");
        }
        String[][] out = new String[n][];
        for (int i = 0; i < n; i++) out[i] = tags.get(i) == null ? NONE : tags.get(i).toArray(NONE);
        return new NameFinderInput(words, out);
    }

    /** Tags a matched phrase B-/I- style: the model learns where a listed name or title starts. */
    private static void span(List<List<String>> tags, int from, int first, int end, String what) {
        for (int k = first; k < end; k++) tag(tags, k - from, (k == first ? "B-" : "I-") + what);
    }

    private static void tag(List<List<String>> tags, int i, String tag) {
        List<String> l = tags.get(i);
        if (l == null) tags.set(i, l = new ArrayList<>(3));
        if (!l.contains(tag)) l.add(tag);
    }
}
