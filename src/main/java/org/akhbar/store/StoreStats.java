package org.akhbar.store;

import java.util.LinkedHashMap;
import java.util.Map;

import org.akhbar.graph.Vocab;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/** How much the store holds, by kind of fact. Computed inside a read transaction. */
public record StoreStats(Map<String, Long> counts) {

    static StoreStats of(DatasetGraph dsg) {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("articles", countOfType(dsg, "Article"));
        m.put("actors", countOfType(dsg, "Actor"));
        m.put("persons", countOfType(dsg, "Person"));
        m.put("organizations", countOfType(dsg, "Organization"));
        m.put("countries", countOfType(dsg, "Country"));
        m.put("statements", countOfType(dsg, "Statement"));
        m.put("agreements", countOfType(dsg, "Agreement"));
        m.put("time expressions", countOfType(dsg, "TimeExpression"));
        m.put("evidence spans", countOfType(dsg, "Mention"));
        long quads = 0;
        var it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) { it.next(); quads++; }
        m.put("quads", quads);
        return new StoreStats(m);
    }

    private static long countOfType(DatasetGraph dsg, String localName) {
        String q = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <" + Vocab.AK + localName + "> }";
        try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
            RowSet rs = qe.select();
            return rs.hasNext() ? ((Number) rs.next().get("n").getLiteralValue()).longValue() : 0;
        }
    }
}
