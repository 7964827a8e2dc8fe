package org.akhbar.extract;

import java.util.List;

/**
 * An agreement, accord, treaty, deal or plan that parties reached, signed, reaffirmed, or
 * that is demanded to be cancelled.
 *
 * @param key      for a named agreement known to the lexicon, its stable key (one IRI across
 *                 articles); null for an agreement known only from this article
 * @param name     the agreement's name when it is named, or null
 * @param subject  what it provides, when the text says, or null
 * @param status   where it stands, or null when the text does not tell
 */
public record Agreement(Span span, String key, String name, String wikidata, String nameEn, List<Actor> parties,
                        String subject, DateValue date, AgreementStatus status, String trigger) {
    public Agreement {
        parties = List.copyOf(parties);
    }
}
