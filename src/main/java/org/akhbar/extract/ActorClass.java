package org.akhbar.extract;

/** The three kinds of actor the graph knows; every actor is exactly one of them. */
public enum ActorClass {
    PERSON("Person", "person"),
    ORGANIZATION("Organization", "org"),
    COUNTRY("Country", "country");

    private final String localName;
    private final String keyPrefix;

    ActorClass(String localName, String keyPrefix) {
        this.localName = localName;
        this.keyPrefix = keyPrefix;
    }

    /** The ak: class name (ak:Person …). */
    public String localName() { return localName; }

    /** Prefix of keys minted from a name (person/…, org/…, country/…). */
    public String keyPrefix() { return keyPrefix; }

    public static ActorClass parse(String s) {
        for (ActorClass c : values()) if (c.localName.equalsIgnoreCase(s.trim())) return c;
        throw new IllegalArgumentException("unknown actor class: " + s);
    }
}
