package org.akhbar.extract.actor;

import org.akhbar.extract.Actor;
import org.akhbar.extract.ActorMention;
import org.akhbar.extract.ArticleAnalysis;

/**
 * Which part of the recogniser found an actor, for error analysis (never part of the graph):
 * {@code gazetteer} for a listed actor, {@code model} for a name only the trained name finder
 * proposed (its later mentions may be the rules' links to it), {@code rules} for the rest
 * (titles, first names, organisation heads, speech-verb subjects).
 */
public final class ActorSources {
    private ActorSources() {}

    public static String of(ArticleAnalysis a, Actor actor) {
        if (Gazetteer.get().isListed(actor.key())) return "gazetteer";
        for (ActorMention m : a.mentions()) if (m.actor() == actor && m.kind() == ActorMention.Kind.PROPOSED) return "model";
        return "rules";
    }
}
