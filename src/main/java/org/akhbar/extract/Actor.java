package org.akhbar.extract;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An actor as known within one article. {@code key} is deterministic across articles (a
 * Wikidata ID when linked, else class + normalised canonical name) so the store holds one
 * node per real-world actor.
 */
public final class Actor {
    private final String key;
    private final ActorClass actorClass;
    private final String labelAr;
    private final String labelEn;
    private final String wikidata;
    private final String countryCode;
    private final Set<String> altLabels = new LinkedHashSet<>();
    private final Set<String> roles = new LinkedHashSet<>();

    public Actor(String key, ActorClass actorClass, String labelAr, String labelEn, String wikidata) {
        this(key, actorClass, labelAr, labelEn, wikidata, null);
    }

    /** @param countryCode ISO 3166 alpha-2 of a state actor (IQ), else null */
    public Actor(String key, ActorClass actorClass, String labelAr, String labelEn, String wikidata, String countryCode) {
        this.key = key;
        this.countryCode = countryCode;
        this.actorClass = actorClass;
        this.labelAr = labelAr;
        this.labelEn = labelEn;
        this.wikidata = wikidata;
    }

    public String key() { return key; }
    public ActorClass actorClass() { return actorClass; }
    public String labelAr() { return labelAr; }
    /** English label, or null when not known. */
    public String labelEn() { return labelEn; }
    /** Wikidata QID (Q796), or null when not linked. */
    public String wikidata() { return wikidata; }
    /** ISO 3166 alpha-2 code of a state actor, or null. */
    public String countryCode() { return countryCode; }
    public Set<String> altLabels() { return Collections.unmodifiableSet(altLabels); }
    public Set<String> roles() { return Collections.unmodifiableSet(roles); }

    /** Records another surface form seen in the text (not the label itself). */
    public void addAltLabel(String form) {
        if (form != null && !form.isBlank() && !form.equals(labelAr)) altLabels.add(form.strip());
    }

    /** Records a title seen with a person (رئيس الوزراء العراقي). */
    public void addRole(String role) {
        if (role != null && !role.isBlank()) roles.add(role.strip());
    }

    @Override
    public String toString() { return actorClass.localName() + ":" + labelAr + "<" + key + ">"; }
}
