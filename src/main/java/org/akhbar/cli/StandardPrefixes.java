package org.akhbar.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.akhbar.graph.Vocab;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes every RDF file the CLI writes declares (Turtle and TriG {@code @prefix} lines,
 * the JSON-LD {@code @context}), so that what a user opens reads {@code ak:Statement}, not
 * full IRIs: the data model's own namespaces and the vocabularies it borrows.
 */
final class StandardPrefixes {
    static final Map<String, String> PREFIXES = new LinkedHashMap<>();
    static {
        PREFIXES.put("ak", Vocab.AK);
        PREFIXES.put("akr", Vocab.AKR);
        PREFIXES.put("schema", Vocab.SCHEMA);
        PREFIXES.put("rdfs", Vocab.RDFS);
        PREFIXES.put("nif", Vocab.NIF);
        PREFIXES.put("time", Vocab.TIME);
        PREFIXES.put("xsd", Vocab.XSD);
    }

    private StandardPrefixes() {}

    static void declare(StreamRDF writer) {
        PREFIXES.forEach(writer::prefix);
    }

    static void addTo(PrefixMapping pm) {
        PREFIXES.forEach(pm::setNsPrefix);
    }

    static void addTo(org.apache.jena.riot.system.PrefixMap pm) {
        PREFIXES.forEach(pm::add);
    }

    /**
     * The dataset seen with these prefixes, for writers that take them from the dataset itself
     * (Jena's JSON-LD 1.1 writer builds its @context from {@code dsg.prefixes()}); the store's own
     * prefix table is not touched.
     */
    static org.apache.jena.sparql.core.DatasetGraph over(org.apache.jena.sparql.core.DatasetGraph dsg) {
        org.apache.jena.riot.system.PrefixMap pm = org.apache.jena.riot.system.PrefixMapFactory.create();
        addTo(pm);
        return new org.apache.jena.sparql.core.DatasetGraphWrapper(dsg) {
            @Override
            public org.apache.jena.riot.system.PrefixMap prefixes() { return pm; }
        };
    }
}
