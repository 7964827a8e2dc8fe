package org.akhbar.extract.actor;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.akhbar.extract.ActorClass;
import org.akhbar.extract.Lexicon;
import org.akhbar.text.ArabicNormalizer;
import org.akhbar.text.PhraseMatcher;

/**
 * The actor gazetteer and the word lists the actor rules use, loaded once from the data
 * files under {@code akhbar/gazetteer}, {@code akhbar/lexicon} and {@code akhbar/actor}
 * (documented in their READMEs) into one-pass phrase matchers.
 */
final class Gazetteer {
    private static final String DIR = "/akhbar/gazetteer/";
    private static final String LEX = "/akhbar/lexicon/";

    final PhraseMatcher<GazetteerEntry> names = new PhraseMatcher<>();
    /** Titles and role heads before a person's name; value = needs a complement. */
    final PhraseMatcher<Boolean> titles = new PhraseMatcher<>();
    /** Head nouns of organisation names; value = kind (government, ministry, party …). */
    final PhraseMatcher<String> orgHeads = new PhraseMatcher<>();
    /** Nisba adjective (normalised, all genders and numbers) → ISO2 of its state. */
    final Map<String, String> nisba = new HashMap<>();
    /** ISO2 → definite nisba, masculine and feminine (العراقي, العراقية), for canonical labels. */
    private final Map<String, String[]> canonicalNisba = new HashMap<>();
    /** ISO2 → the state's entry. */
    final Map<String, GazetteerEntry> states = new HashMap<>();
    final Set<String> stopwords = new HashSet<>();
    /** First names that open a person's name without a title (normalised). */
    final Set<String> firstNames = new HashSet<>();
    final Set<String> speechVerbs = new HashSet<>();
    /** Words that join the parts of one name (بن، آل، عبد …): a name with them may be longer. */
    final Set<String> nameConnectors = new HashSet<>();
    /** Words ANERcorp never saw inside a name (see actor/README.md): no part of a name read from context alone. */
    final Set<String> commonWords = new HashSet<>();
    /** Subjects of speech verbs that name nobody (مصدر، شهود عيان، البيان): never the start of a name. */
    final PhraseMatcher<String> genericSpeakers = new PhraseMatcher<>();
    /**
     * A gazetteer person's surname (the last word of a listed name) → that person, for surnames that
     * belong to one listed person only. Read only where a speech verb makes a bare surname a speaker.
     */
    final Map<String, GazetteerEntry> surnames = new HashMap<>();

    private static final Gazetteer INSTANCE = new Gazetteer();

    static Gazetteer get() { return INSTANCE; }

    /** One-word titles (الشيخ، الأمير، الملك): a person's label never opens with one. */
    private final Set<String> titleWords = new HashSet<>();

    private Gazetteer() {
        for (Lexicon.Row r : Lexicon.read(LEX + "person-titles.tsv")) {
            if (!r.get("form").contains(" ")) titleWords.add(ArabicNormalizer.normalizeString(r.get("form")));
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "states.tsv")) {
            GazetteerEntry e = entry(r, ActorClass.COUNTRY, r.get("key").replaceFirst("^country:", ""), false);
            states.put(e.country(), e);
            addForms(e, r);
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "capitals.tsv")) {
            GazetteerEntry state = states.get(r.get("iso2"));
            if (state == null) continue;
            GazetteerEntry cap = new GazetteerEntry(state.key(), state.actorClass(), state.wikidata(), state.labelEn(),
                    state.labelAr(), state.country(), "", true);
            for (String f : r.list("forms")) names.add(f, cap);
        }
        for (Lexicon.Row r : Lexicon.read(DIR + "nisba.tsv")) {
            String[] canon = new String[2];
            for (String f : r.list("forms")) {
                nisba.put(ArabicNormalizer.normalizeString(f), r.get("iso2"));
                String light = ArabicNormalizer.lightNormalize(f);
                if (!light.startsWith("ال")) continue;
                if (light.endsWith("ة")) { if (canon[1] == null) canon[1] = light; }
                else if (light.endsWith("ي") && canon[0] == null) canon[0] = light;
            }
            canonicalNisba.put(r.get("iso2"), canon);
        }
        for (String file : List.of("organizations.tsv", "persons.tsv")) {
            for (Lexicon.Row r : Lexicon.read(DIR + file)) {
                GazetteerEntry e = entry(r, ActorClass.parse(r.get("class")), r.get("country"), false);
                addForms(e, r);
            }
        }
        for (Lexicon.Row r : Lexicon.read(LEX + "person-titles.tsv")) {
            if (r.get("kind").endsWith("-ambiguous")) continue;
            titles.add(r.get("form"), "yes".equals(r.get("needs_complement")));
        }
        for (Lexicon.Row r : Lexicon.read(LEX + "org-heads.tsv")) {
            if (r.get("kind").equals("ministry-elliptic")) continue;
            orgHeads.add(r.get("form"), r.get("kind"));
        }
        for (Lexicon.Row r : Lexicon.read(LEX + "speech-verbs.tsv")) speechVerbs.add(ArabicNormalizer.normalizeString(r.get("form")));
        for (String w : Lexicon.lines("/akhbar/actor/stopwords.txt")) stopwords.add(ArabicNormalizer.normalizeString(w));
        for (String w : Lexicon.lines("/akhbar/actor/first-names.txt")) firstNames.add(ArabicNormalizer.normalizeString(w));
        for (String w : Lexicon.lines("/akhbar/actor/common-words.txt")) commonWords.add(ArabicNormalizer.normalizeString(w));
        for (String w : Lexicon.lines("/akhbar/actor/name-connectors.txt")) nameConnectors.add(ArabicNormalizer.normalizeString(w));
        for (Lexicon.Row r : Lexicon.read(LEX + "generic-speakers.tsv")) genericSpeakers.add(r.get("form"), r.get("kind"));
        indexSurnames();
    }

    /** Fills {@link #surnames}: the last word of each person's names, dropped where two persons share it. */
    private void indexSurnames() {
        Set<String> shared = new HashSet<>();
        for (Lexicon.Row r : Lexicon.read(DIR + "persons.tsv")) {
            GazetteerEntry e = entry(r, ActorClass.PERSON, r.get("country"), false);
            List<String> forms = new java.util.ArrayList<>(r.list("forms"));
            forms.add(r.get("ar"));
            for (String f : forms) {
                String[] words = ArabicNormalizer.normalizeString(f).strip().split(" ");
                if (words.length < 2) continue;
                String last = words[words.length - 1];
                if (last.length() < 3 || stopwords.contains(last) || firstNames.contains(last)) continue;
                GazetteerEntry before = surnames.putIfAbsent(last, e);
                if (before != null && !before.key().equals(e.key())) shared.add(last);
            }
        }
        shared.forEach(surnames::remove);
    }

    private GazetteerEntry entry(Lexicon.Row r, ActorClass cls, String country, boolean capital) {
        String wd = r.get("wikidata");
        String ar = cls == ActorClass.PERSON ? withoutTitle(r.get("ar")) : r.get("ar");
        String key = ActorKeys.of(cls, wd, cls == ActorClass.COUNTRY && wd.isEmpty() ? country : ar);
        return new GazetteerEntry(key, cls, wd.isEmpty() ? null : wd, emptyToNull(r.get("en")), ar, country,
                r.get("role"), capital);
    }

    /** «الشيخ تميم بن حمد آل ثاني» → تميم بن حمد آل ثاني: labels name the person, titles are roles. */
    private String withoutTitle(String name) {
        int sp = name.indexOf(' ');
        if (sp < 0 || !titleWords.contains(ArabicNormalizer.normalizeString(name.substring(0, sp)))) return name;
        return name.substring(sp + 1).strip();
    }

    /** The keys of every listed actor, to tell a listed actor from one the rules or the model found. */
    private final Set<String> listedKeys = new HashSet<>();

    boolean isListed(String actorKey) { return listedKeys.contains(actorKey); }

    private void addForms(GazetteerEntry e, Lexicon.Row r) {
        listedKeys.add(e.key());
        names.add(e.labelAr(), e);
        names.add(r.get("ar"), e);
        for (String f : r.list("forms")) names.add(f, e);
    }

    private static String emptyToNull(String s) { return s.isEmpty() ? null : s; }

    /** The definite nisba of a state agreeing with a masculine or feminine head, or null. */
    String canonicalNisba(String iso2, boolean feminine) {
        String[] c = canonicalNisba.get(iso2);
        return c == null ? null : c[feminine ? 1 : 0];
    }

    boolean isStopword(String norm) { return stopwords.contains(norm); }

    /** The ISO2 of the state a nisba adjective refers to (العراقية → IQ), or null. */
    String nisbaCountry(String norm) { return nisba.get(norm); }
}
