package org.akhbar.extract.agreement;

import java.util.List;

import org.akhbar.extract.AgreementStatus;
import org.akhbar.extract.Lexicon;
import org.akhbar.text.PhraseMatcher;

/** Agreement triggers, status cues and named agreements, loaded once from {@code akhbar/lexicon}. */
final class AgreementLexicon {
    /** A trigger word: verb or noun, the status it tells (may be null), and whether it needs an agreement noun nearby. */
    record Trigger(boolean verb, AgreementStatus status, boolean ambiguous) {}

    /** A well-known agreement: one IRI across articles. */
    record Named(String key, String wikidata, String en, String ar, List<String> parties) {}

    final PhraseMatcher<Trigger> triggers = new PhraseMatcher<>();
    final PhraseMatcher<AgreementStatus> statusCues = new PhraseMatcher<>();
    final PhraseMatcher<Named> named = new PhraseMatcher<>();
    /** «الجانبان»، «الطرفان»، «البلدان»: the two sides, read from the attribution lexicon's both-parties rows. */
    final PhraseMatcher<Boolean> bothParties = new PhraseMatcher<>();

    private static final AgreementLexicon INSTANCE = new AgreementLexicon();

    static AgreementLexicon get() { return INSTANCE; }

    private AgreementLexicon() {
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/agreement-triggers.tsv")) {
            String kind = r.get("kind"), status = r.get("status");
            AgreementStatus st = status(status);
            switch (kind) {
                case "verb" -> triggers.add(r.get("form"), new Trigger(true, st, status.equals("ambiguous")));
                case "noun" -> triggers.add(r.get("form"), new Trigger(false, st, false));
                case "status-cue" -> { if (st != null) statusCues.add(r.get("form"), st); }
                default -> { }
            }
        }
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/attribution.tsv")) {
            if (r.get("kind").equals("both-parties")) bothParties.add(r.get("form"), Boolean.TRUE);
        }
        for (Lexicon.Row r : Lexicon.read("/akhbar/lexicon/named-agreements.tsv")) {
            Named n = new Named(r.get("key"), r.has("wikidata") ? r.get("wikidata") : null, r.has("en") ? r.get("en") : null,
                    r.get("ar"), r.list("parties"));
            named.add(n.ar(), n);
            for (String f : r.list("forms")) named.add(f, n);
        }
    }

    static AgreementStatus status(String s) {
        return switch (s) {
            case "reached" -> AgreementStatus.REACHED;
            case "signed" -> AgreementStatus.SIGNED;
            case "reaffirmed" -> AgreementStatus.REAFFIRMED;
            case "negotiating" -> AgreementStatus.NEGOTIATING;
            case "cancel-demanded" -> AgreementStatus.CANCEL_DEMANDED;
            default -> null;
        };
    }
}
