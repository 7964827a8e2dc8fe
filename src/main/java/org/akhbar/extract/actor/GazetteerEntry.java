package org.akhbar.extract.actor;

import org.akhbar.extract.ActorClass;

/**
 * One known actor, or one of its capital cities.
 *
 * @param capital true when this entry is a state's capital, an actor only as metonym
 * @param country ISO 3166 alpha-2 of the state it belongs to, or empty
 */
record GazetteerEntry(String key, ActorClass actorClass, String wikidata, String labelEn, String labelAr,
                      String country, String role, boolean capital) {}
