package org.akhbar.graph;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * The RDF of one article: the triples of its named graph, and a fingerprint of them so a
 * reload can tell an unchanged article from a replaced one.
 */
public record ArticleGraph(String articleId, String origin, Node graphName, List<Triple> triples, String fingerprint) {
    public ArticleGraph {
        triples = List.copyOf(triples);
    }

    public Node articleNode() { return Vocab.article(articleId); }

    public List<Quad> quads() {
        return triples.stream().map(t -> Quad.create(graphName, t)).toList();
    }

    public int size() { return triples.size(); }
}
