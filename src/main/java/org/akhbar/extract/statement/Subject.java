package org.akhbar.extract.statement;

import java.util.List;

import org.akhbar.extract.ActorMention;

/**
 * What fills a verb's subject slot: named actors, a generic subject that names nobody
 * (مصدر مطلع، شهود عيان), an anaphor — a document that speaks for its issuer (البيان، التقرير) or an
 * honorific standing for the person just named (سموه، معاليه) — or nothing
 * (the subject is dropped: «وأضاف أن …»). {@code end} is the token after the subject.
 */
record Subject(Kind kind, List<ActorMention> mentions, int end) {
    enum Kind { ACTOR, GENERIC, ANAPHOR, HONORIFIC, NONE }

    static Subject none(int at) { return new Subject(Kind.NONE, List.of(), at); }

    boolean named() { return kind == Kind.ACTOR; }
}
