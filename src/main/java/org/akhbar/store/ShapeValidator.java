package org.akhbar.store;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/** Checks a graph against the contract's SHACL shapes (ontology/shapes.ttl, shipped in the jar). */
public final class ShapeValidator {
    private static final String SHAPES = "/akhbar/ontology/shapes.ttl";
    private final Shapes shapes;

    public ShapeValidator() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) throw new IllegalStateException("missing " + SHAPES);
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        this.shapes = Shapes.parse(g);
    }

    /** One violation, readable: the focus node, the property path, and what is wrong. */
    public record Violation(String focus, String path, String message) {
        @Override
        public String toString() { return focus + (path.isEmpty() ? "" : " " + path) + ": " + message; }
    }

    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            Node focus = e.focusNode();
            out.add(new Violation(focus.isURI() ? focus.getURI() : focus.toString(),
                    e.resultPath() == null ? "" : e.resultPath().toString(), e.message()));
        }
        return out;
    }

    /** Validates the store's union graph in a read transaction. */
    public List<Violation> validate(AkhbarStore store) {
        return Txn.calculateRead(store.dataset(), () -> validate(store.dataset().getUnionGraph()));
    }
}
