package org.akhbar.serve;

import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * Fuseki's read-only Graph Store Protocol, with the data model's default graph: the union of
 * the article graphs, as SPARQL queries see it (TDB2's union default graph applies to queries
 * only; the stored default graph is empty). {@code GET ?default} therefore returns what
 * {@code SELECT * { ?s ?p ?o }} ranges over; named graphs and the whole dataset are as stored.
 */
final class UnionDefaultGraphRead extends GSP_R {
    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        return new DatasetGraphWrapper(super.decideDataset(action)) {
            @Override
            public Graph getDefaultGraph() { return getUnionGraph(); }
        };
    }
}
