package org.akhbar.extract.actor;

import org.akhbar.extract.ActorClass;
import org.akhbar.text.ArabicNormalizer;

/**
 * Deterministic actor keys, the same in every article for the same actor: the Wikidata ID
 * when linked (Q796), else the class and the normalised canonical name (org/حكومه_العراق).
 */
final class ActorKeys {
    private ActorKeys() {}

    static String of(ActorClass cls, String wikidata, String canonicalName) {
        if (wikidata != null && !wikidata.isBlank()) return wikidata.strip();
        return cls.keyPrefix() + "/" + slug(canonicalName);
    }

    /** Normalised name with IRI-unsafe characters dropped and spaces as underscores. */
    static String slug(String name) {
        String n = ArabicNormalizer.normalizeString(name);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(c);
            else if (Character.isWhitespace(c) || c == '_' || c == '-') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') sb.append('_');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '_') sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
