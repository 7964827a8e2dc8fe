package org.akhbar.cli;

import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes the CLI writes, each mapped to RIOT's streaming writer where it has one. */
enum RdfFormatName {
    turtle(RDFFormat.TURTLE_BLOCKS),
    trig(RDFFormat.TRIG_BLOCKS),
    nquads(RDFFormat.NQUADS),
    ntriples(RDFFormat.NTRIPLES),
    jsonld(RDFFormat.JSONLD11),
    rdfxml(RDFFormat.RDFXML);

    final RDFFormat format;

    RdfFormatName(RDFFormat format) { this.format = format; }
}
