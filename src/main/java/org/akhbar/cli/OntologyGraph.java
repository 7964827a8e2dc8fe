package org.akhbar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.akhbar.store.AkhbarStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Keeps the ontology the jar ships (ontology/akhbar.ttl) in the store's own graph
 * {@link AkhbarStore#ONTOLOGY_GRAPH}, so the page and users' queries find the classes' and
 * properties' labels ("تصريح" / "Statement", not ak:Statement). Written by serve after its
 * load, in one write transaction, only when missing or different.
 */
public final class OntologyGraph {
    static final String RESOURCE = "/akhbar/ontology/akhbar.ttl";

    private OntologyGraph() {}

    static Graph shipped() {
        try (InputStream in = OntologyGraph.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the jar lacks " + RESOURCE);
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the shipped ontology in its graph; returns true when the store's copy was missing or out of date. */
    public static boolean install(AkhbarStore store) {
        Graph ontology = shipped();
        var dsg = store.dataset();
        boolean current = Txn.calculateRead(dsg, () -> dsg.getGraph(AkhbarStore.ONTOLOGY_GRAPH).isIsomorphicWith(ontology));
        if (current) return false;
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(AkhbarStore.ONTOLOGY_GRAPH, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY, org.apache.jena.graph.Node.ANY);
            ontology.find().forEachRemaining(t -> dsg.add(AkhbarStore.ONTOLOGY_GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return true;
    }
}
