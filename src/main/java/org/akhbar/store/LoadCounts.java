package org.akhbar.store;

/** What a load did: articles new, replaced, unchanged; quads written. Mutable tally. */
public final class LoadCounts {
    private long added;
    private long replaced;
    private long unchanged;
    private long quads;

    /** The tally of a bulk load into an empty store: everything is new. */
    public static LoadCounts allNew(long articles, long quads) {
        LoadCounts c = new LoadCounts();
        c.added = articles;
        c.quads = quads;
        return c;
    }

    void addNew(long q) { added++; quads += q; }
    void addReplaced(long q) { replaced++; quads += q; }
    void addUnchanged() { unchanged++; }

    public void merge(LoadCounts o) {
        added += o.added;
        replaced += o.replaced;
        unchanged += o.unchanged;
        quads += o.quads;
    }

    public long added() { return added; }
    public long replaced() { return replaced; }
    public long unchanged() { return unchanged; }
    /** Quads written (unchanged articles write none). */
    public long quads() { return quads; }
    public long articles() { return added + replaced + unchanged; }
}
