package org.akhbar.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds lexicon phrases in a token sequence in one pass: a trie over normalised tokens, so
 * the cost per position is the length of the longest match, not the number of entries.
 * The first token of a phrase may carry proclitics (و ف ب ل ك ال, see {@link Token#readings()});
 * the following tokens must match as they are. Built once, then read-only and thread-safe.
 *
 * @param <V> what an entry maps to (a gazetteer entry, a verb's lemma …)
 */
public final class PhraseMatcher<V> {
    private final Node<V> root = new Node<>();
    /**
     * A 65,536-bit filter over the hash codes of first words: most tokens start no phrase,
     * and a bit test is far cheaper than a hash-map probe for each of a token's readings
     * (profiling showed the probes to be the extractors' main cost).
     */
    private final long[] firstWords = new long[1024];
    private int size;

    /** One match: tokens {@code [first, end)}; {@code prefixLength} normalised chars of clitics on the first token. */
    public record Match<V>(V value, int first, int end, int prefixLength, String clitics, String phrase) {
        public int length() { return end - first; }
    }

    /** Adds a phrase (any spelling: it is normalised and tokenised here). Later values for the same phrase are kept too. */
    public void add(String phrase, V value) {
        List<Token> tokens = TextAnalyzer.tokenize(ArabicNormalizer.normalize(phrase));
        if (tokens.isEmpty()) return;
        Node<V> node = root;
        int h = tokens.get(0).norm().hashCode() & 0xFFFF;
        firstWords[h >>> 6] |= 1L << h;
        StringBuilder norm = new StringBuilder();
        for (Token t : tokens) {
            node = node.children.computeIfAbsent(t.norm(), k -> new Node<>());
            if (norm.length() > 0) norm.append(' ');
            norm.append(t.norm());
        }
        if (node.values == null) node.values = new ArrayList<>(1);
        if (!node.values.contains(value)) {
            node.values.add(value);
            node.phrase = norm.toString();
            size++;
        }
    }

    public int size() { return size; }

    private boolean mayStart(int hash) {
        int h = hash & 0xFFFF;
        return (firstWords[h >>> 6] & (1L << h)) != 0; // a long shift uses the low 6 bits
    }

    /**
     * For each reading of the token, the trie node its stem starts, or null; null for the whole
     * array when no reading starts a phrase (most tokens, ruled out by the filter without a
     * hash-map probe or an allocation).
     */
    @SuppressWarnings("unchecked")
    private Node<V>[] starts(Token t) {
        int[] hashes = t.readingHashes();
        Node<V>[] out = null;
        for (int k = 0; k < hashes.length; k++) {
            if (!mayStart(hashes[k])) continue;
            Node<V> node = root.children.get(t.readings().get(k).stem());
            if (node == null) continue;
            if (out == null) out = new Node[hashes.length];
            out[k] = node;
        }
        return out;
    }

    /**
     * Every phrase that starts at token {@code start}, longest first (an unmodifiable empty list when none). Readings of the first
     * token with clitics split off come after the plain reading of the same length.
     */
    public List<Match<V>> matchAt(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        Node<V>[] starts = starts(first);
        if (starts == null) return List.of();
        List<Match<V>> out = new ArrayList<>(2);
        for (int k = 0; k < starts.length; k++) {
            if (starts[k] != null) walk(tokens, start, start + 1, starts[k], first.readings().get(k), out);
        }
        out.sort((a, b) -> b.length() != a.length() ? Integer.compare(b.length(), a.length())
                : Integer.compare(a.prefixLength(), b.prefixLength()));
        return out;
    }

    /**
     * The longest phrase starting at {@code start}, or null; among equally long ones, the
     * reading with the fewest clitics split off, and the first value added. Allocates only
     * when a reading starts a phrase: this runs at every token for every lexicon.
     */
    public Match<V> longestAt(List<Token> tokens, int start) {
        Token first = tokens.get(start);
        Node<V>[] starts = starts(first);
        if (starts == null) return null;
        Node<V> bestNode = null;
        Token.Reading bestReading = null;
        int bestEnd = -1;
        for (int k = 0; k < starts.length; k++) {
            Node<V> node = starts[k];
            if (node == null) continue;
            Token.Reading r = first.readings().get(k);
            int next = start + 1;
            Node<V> found = null;
            int foundEnd = -1;
            while (true) {
                if (node.values != null) { found = node; foundEnd = next; }
                if (next >= tokens.size() || node.children.isEmpty()) break;
                Node<V> child = node.children.get(tokens.get(next).norm());
                if (child == null) break;
                node = child;
                next++;
            }
            if (found != null && (foundEnd > bestEnd || (foundEnd == bestEnd && r.prefixLength() < bestReading.prefixLength()))) {
                bestNode = found;
                bestReading = r;
                bestEnd = foundEnd;
            }
        }
        if (bestNode == null) return null;
        return new Match<>(bestNode.values.get(0), start, bestEnd, bestReading.prefixLength(), bestReading.clitics(), bestNode.phrase);
    }

    /**
     * Scans tokens {@code [from, to)} left to right and returns non-overlapping longest
     * matches (a match swallows the tokens it covers).
     */
    public List<Match<V>> findAll(List<Token> tokens, int from, int to) {
        List<Match<V>> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<V> m = longestAt(tokens, i);
            if (m != null && m.end() <= to) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private void walk(List<Token> tokens, int start, int next, Node<V> node, Token.Reading r, List<Match<V>> out) {
        while (true) {
            if (node.values != null) {
                for (V v : node.values) out.add(new Match<>(v, start, next, r.prefixLength(), r.clitics(), node.phrase));
            }
            if (next >= tokens.size() || node.children.isEmpty()) return;
            Node<V> child = node.children.get(tokens.get(next).norm());
            if (child == null) return;
            node = child;
            next++;
        }
    }

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>(2);
        List<V> values;
        String phrase;
    }
}
