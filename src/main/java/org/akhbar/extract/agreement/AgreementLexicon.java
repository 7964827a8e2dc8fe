package org.akhbar.extract.agreement;

import java.util.List;

import org.akhbar.extract.ActorClass;
import org.akhbar.extract.AgreementStatus;
import org.akhbar.extract.Lexicon;
import org.akhbar.text.PhraseMatcher;

/** Agreement triggers, status cues, frame words and named agreements, loaded once from {@code akhbar/lexicon}. */
final class AgreementLexicon {
    /** A trigger word: verb or noun, the status it tells (may be null), and whether it needs an agreement noun nearby. */
    record Trigger(boolean verb, AgreementStatus status, boolean ambiguous) {}

    /**
     * A well-known agreement: one IRI across articles. {@code contextual} is true for a form that names it only
     * in an article where its first party is an actor («الاتفاق النووي» with Iran).
     */
    record Named(String key, String wikidata, String en, String ar, List<String> parties, boolean contextual) {}

    /** A group of states named as one side of a multilateral agreement (مجموعة 5+1، القوى العالمية). */
    record Collective(String key, ActorClass actorClass, String en, String ar) {}

    final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>();
    final PhraseMatcher<AgreementStatus> statusCues = new PhraseMatcher<>();
    final PhraseMatcher<Named> named = new PhraseMatcher<>();
    /** «الجانبان»، «الطرفان»، «البلدان»: the two sides, read from the attribution lexicon's both-parties rows. */
    final PhraseMatcher<Boolean> bothParties = new PhraseMatcher<>();
    /** Impersonal frames (تم الاتفاق على، المتفق عليه) with the status they tell. */
    final PhraseMatcher<AgreementStatus> passives = new PhraseMatcher<>();
    /** The verb of a relative clause on an agreement noun (أبرمته، وقعتها، الموقعة). */
    final PhraseMatcher<AgreementStatus> relativeVerbs = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> failures = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> negations = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> conditionals = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> subjectPreps = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> notSubjects = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> relatives = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> subjectEnds = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> members = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> especially = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> contracts = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> proposals = new PhraseMatcher<>();
    final PhraseMatcher<Boolean> transfers = new PhraseMatcher<>();
    final PhraseMatcher<Collective> collectives = new PhraseMatcher<>();
    /** A state as the gazetteer lists it, for a party named by its nisba («بين الجانبين العراقي والسعودي»). */
    record State(String iso2, String wikidata, String en, String ar) {}

    /** Nisba adjectives (gazetteer/nisba.tsv) to the state they name. */
    final PhraseMatcher<State> nisba = new PhraseMatcher<>();

    /** Person titles and role heads (person-titles.tsv): «X وزعيم المعارضة Y» coordinates two persons through a title. */
    final PhraseMatcher<Boolean> titles = new PhraseMatcher<>();

    private static final AgreementLexicon INSTANCE = new AgreementLexicon();

    static AgreementLexicon get() { return INSTANCE; }

    private AgreementLexicon() {
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/agreement-triggers.tsv")) {
            String kind = r.get("kind"), status = r.get("status"), form = r.get("form");
            AgreementStatus st = status(status);
            switch (kind) {
                case "verb" -> triggers.add(form, new Trigger(true, st, status.equals("ambiguous")));
                case "noun" -> triggers.add(form, new Trigger(false, st, false));
                case "status-cue" -> { if (st != null) statusCues.add(form, st); }
                case "passive" -> passives.add(form, st == null ? AgreementStatus.REACHED : st);
                case "relative-verb" -> relativeVerbs.add(form, st == null ? AgreementStatus.SIGNED : st);
                case "failure" -> failures.add(form, Boolean.TRUE);
                case "negation" -> negations.add(form, Boolean.TRUE);
                case "conditional" -> conditionals.add(form, Boolean.TRUE);
                case "subject-prep" -> subjectPreps.add(form, Boolean.TRUE);
                case "not-subject" -> notSubjects.add(form, Boolean.TRUE);
                case "relative" -> relatives.add(form, Boolean.TRUE);
                case "subject-end" -> subjectEnds.add(form, Boolean.TRUE);
                case "members" -> members.add(form, Boolean.TRUE);
                case "especially" -> especially.add(form, Boolean.TRUE);
                case "contract" -> contracts.add(form, Boolean.TRUE);
                case "proposal" -> proposals.add(form, Boolean.TRUE);
                case "transfer" -> transfers.add(form, Boolean.TRUE);
                default -> throw new IllegalStateException("agreement-triggers.tsv line " + r.line() + ": unknown kind " + kind);
            }
        }
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/attribution.tsv")) {
            if (r.get("kind").equals("both-parties")) bothParties.add(r.get("form"), Boolean.TRUE);
        }
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/person-titles.tsv")) {
            if (!r.get("kind").endsWith("-ambiguous")) titles.add(r.get("form"), Boolean.TRUE);
        }
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/named-agreements.tsv")) {
            String key = r.get("key"), wd = r.has("wikidata") ? r.get("wikidata") : null, en = r.has("en") ? r.get("en") : null;
            Named n = new Named(key, wd, en, r.get("ar"), r.list("parties"), false);
            named.add(n.ar(), n);
            for (String f : r.list("forms")) named.add(f, n);
            if (!r.list("context_forms").isEmpty()) {
                Named c = new Named(key, wd, en, r.get("ar"), r.list("parties"), true);
                for (String f : r.list("context_forms")) named.add(f, c);
            }
        }
        java.util.Map<String, State> states = new java.util.HashMap<>();
        for (Lexicon.Row r : Lexicon.read("/akhbar/gazetteer/states.tsv")) {
            String iso2 = r.get("key").replaceFirst("^country:", "");
            if (r.has("wikidata")) states.put(iso2, new State(iso2, r.get("wikidata"), r.get("en"), r.get("ar")));
        }
        for (Lexicon.Row r : Lexicon.read("/akhbar/gazetteer/nisba.tsv")) {
            State st = states.get(r.get("iso2"));
            if (st != null) for (String f : r.list("forms")) nisba.add(f, st);
        }
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/collective-parties.tsv")) {
            Collective c = new Collective(r.get("key"), ActorClass.parse(r.get("class")), r.get("en"), r.get("ar"));
            collectives.add(c.ar(), c);
            for (String f : r.list("forms")) collectives.add(f, c);
        }
    }

    static AgreementStatus status(String s) {
        return switch (s) {
            case "reached" -> AgreementStatus.REACHED;
            case "signed" -> AgreementStatus.SIGNED;
            case "reaffirmed" -> AgreementStatus.REAFFIRMED;
            case "negotiating" -> AgreementStatus.NEGOTIATING;
            case "cancel-demanded" -> AgreementStatus.CANCEL_DEMANDED;
            case "rejected" -> AgreementStatus.REJECTED;
            default -> null;
        };
    }
}
