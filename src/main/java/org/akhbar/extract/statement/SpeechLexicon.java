package org.akhbar.extract.statement;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.akhbar.extract.Lexicon;
import org.akhbar.text.ArabicNormalizer;
import org.akhbar.text.PhraseMatcher;

/** Speech verbs, their complements and attribution phrases, loaded once from {@code akhbar/lexicon}. */
final class SpeechLexicon {
    /** A speech verb form: its lemma and grammatical feature (past, past-f, present, participle …). */
    record Verb(String lemma, String feature) {
        boolean ambiguous() { return feature.endsWith("-ambiguous"); }
        boolean participle() { return feature.startsWith("participle"); }
        boolean past() { return feature.startsWith("past"); }
        boolean finite() { return feature.startsWith("past") || feature.startsWith("present"); }
    }

    final PhraseMatcher<Verb> verbs = new PhraseMatcher<>();
    /** Complements that open reported content; value = that | to-that | prep. */
    final PhraseMatcher<String> complements = new PhraseMatcher<>();
    /** Attribution phrases; value = kind (according-to, continuation, both-parties, joint-statement …). */
    final PhraseMatcher<String> attribution = new PhraseMatcher<>();
    final Set<String> npVerbs = new HashSet<>();
    /** Lemmas whose content is an object and its predicate («اعتبر X خطوة مهمة»، «وصف X بأنه …»). */
    final Set<String> predicateVerbs = new HashSet<>();
    /** Person titles and role heads (الوزير، الكاتبة العامة، رئيس): an unnamed title as subject is someone, not nobody. */
    final PhraseMatcher<String> titles = new PhraseMatcher<>();
    /** Lemma → prepositions (normalised) that open the content after the addressee: «دعا X إلى …». */
    final Map<String, Set<String>> addresseeVerbs = new HashMap<>();
    /** Masdars of speech verbs (إعلان، تأكيد): «بعد إعلان الحكومة أنها …» frames a statement by the genitive. */
    final PhraseMatcher<Verb> masdars = new PhraseMatcher<>();
    /** Subjects that name nobody (مصدر، شهود عيان) or a text (البيان); value = source | document. */
    final PhraseMatcher<String> genericSpeakers = new PhraseMatcher<>();

    private static final SpeechLexicon INSTANCE = new SpeechLexicon();

    static SpeechLexicon get() { return INSTANCE; }

    private SpeechLexicon() {
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/speech-verbs.tsv")) {
            if (r.get("feature").startsWith("masdar")) {
                masdars.add(r.get("form"), new Verb(ArabicNormalizer.normalizeString(r.get("lemma")), r.get("feature")));
                continue;
            }
            if (r.get("feature").startsWith("passive")) continue;
            verbs.add(r.get("form"), new Verb(ArabicNormalizer.normalizeString(r.get("lemma")), r.get("feature")));
        }
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/speech-complements.tsv")) complements.add(r.get("form"), r.get("kind"));
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/person-titles.tsv")) titles.add(r.get("form"), r.get("kind"));
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/attribution.tsv")) attribution.add(r.get("form"), r.get("kind"));
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/generic-speakers.tsv")) genericSpeakers.add(r.get("form"), r.get("kind"));
        for (String line : org.akhbar.extract.Lexicon.lines("/akhbar/statement/np-verbs.txt")) npVerbs.add(ArabicNormalizer.normalizeString(line));
        for (String line : org.akhbar.extract.Lexicon.lines("/akhbar/statement/predicate-verbs.txt")) predicateVerbs.add(ArabicNormalizer.normalizeString(line));
        for (Lexicon.Row r : Lexicon.read("/akhbar/statement/addressee-verbs.tsv")) {
            Set<String> preps = new HashSet<>();
            for (String p : r.get("prepositions").split(" ")) if (!p.equals("-")) preps.add(ArabicNormalizer.normalizeString(p));
            addresseeVerbs.put(ArabicNormalizer.normalizeString(r.get("lemma")), preps);
        }
    }
}
