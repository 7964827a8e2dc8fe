package org.akhbar.extract;

/** A span of the article text in UTF-16 char offsets, end exclusive. */
public record Span(int begin, int end) {
    public Span {
        if (begin < 0 || end < begin) throw new IllegalArgumentException("bad span " + begin + ".." + end);
    }

    public boolean overlaps(Span o) { return begin < o.end && o.begin < end; }

    public boolean contains(Span o) { return begin <= o.begin && o.end <= end; }

    public int length() { return end - begin; }
}
