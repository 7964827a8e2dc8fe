package org.akhbar.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store (or one article's graph) as RDF, from a store folder or from a running server "
                + "(--endpoint: the way to export a store that `akhbar serve` holds). N-Quads, TriG, N-Triples and Turtle "
                + "stream; JSON-LD and RDF/XML are built in memory. Turtle, TriG and JSON-LD declare the prefixes ak, akr, "
                + "schema, rdfs, nif, time, xsd.")
final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true)
    ReadTarget target = new ReadTarget();

    @Option(names = {"-f", "--format"}, defaultValue = "nquads",
            description = "Syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RdfFormatName format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (akr:graph/<id>).")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        ServerUrl server = target.remote() ? target.server(spec) : null;
        AkhbarStore store = server == null ? target.openExisting(spec) : null;
        try (AkhbarStore s = store;
             OutputStream out = new BufferedOutputStream(output != null ? Files.newOutputStream(output) : new NonClosing(System.out), 1 << 16)) {
            RDFFormat f = format.format;
            boolean quads = RDFLanguages.isQuads(f.getLang());
            long[] n = {0};
            if (AkhbarStore.canStream(f)) {
                StreamRDF writer = StreamRDFWriter.getWriterStream(out, f, null);
                writer.start();
                StandardPrefixes.declare(writer);
                StreamRDF counted = new StreamRDFBase() {
                    @Override public void triple(Triple t) { n[0]++; writer.triple(t); }
                    @Override public void quad(Quad q) {
                        n[0]++;
                        if (quads) writer.quad(q);
                        else writer.triple(q.asTriple());
                    }
                };
                if (s != null) Txn.executeRead(s.dataset(), () -> copy(s.dataset(), counted));
                else fetch(server, counted);
                writer.finish();
            } else {
                if (graph == null) spec.commandLine().getErr().println("note: " + format + " is written from memory; use nquads or trig for a large store");
                PrefixMap prefixes = PrefixMapFactory.create();
                StandardPrefixes.addTo(prefixes);
                if (s != null) {
                    Txn.executeRead(s.dataset(), () -> write(out, f, s.dataset(), quads, prefixes));
                } else {
                    DatasetGraph memory = DatasetGraphFactory.create();
                    fetch(server, new StreamRDFBase() {
                        @Override public void triple(Triple t) { memory.getDefaultGraph().add(t); }
                        @Override public void quad(Quad q) { memory.add(q); }
                    });
                    write(out, f, memory, quads && graph == null, prefixes);
                }
            }
            if (output != null && n[0] > 0) spec.commandLine().getErr().println("exported " + n[0] + " quads to " + output);
        }
        return 0;
    }

    /** The store's quads (or one graph's) in a read transaction. */
    private void copy(DatasetGraph dsg, StreamRDF sink) {
        Node g = graph == null ? Node.ANY : NodeFactory.createURI(graph);
        Iterator<Quad> it = dsg.find(g, Node.ANY, Node.ANY, Node.ANY);
        while (it.hasNext()) sink.quad(it.next());
    }

    /**
     * The same quads from a running server's read-only Graph Store Protocol service, streamed:
     * the whole dataset as N-Quads, or one graph as N-Triples (given back as quads of that graph).
     */
    private void fetch(ServerUrl server, StreamRDF sink) {
        if (graph == null) {
            RDFParser.source(server.graphStore()).lang(Lang.NQUADS).acceptHeader("application/n-quads").parse(sink);
            return;
        }
        Node g = NodeFactory.createURI(graph);
        RDFParser.source(server.graphStore() + "?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8))
                .lang(Lang.NTRIPLES).acceptHeader("application/n-triples")
                .parse(new StreamRDFBase() {
                    @Override public void triple(Triple t) { sink.quad(Quad.create(g, t)); }
                });
    }

    /** A non-streaming syntax, with the standard prefixes (JSON-LD makes them its @context). */
    private void write(OutputStream out, RDFFormat f, DatasetGraph dsg, boolean quads, PrefixMap prefixes) {
        if (graph == null && quads) {
            RDFWriterRegistry.getWriterDatasetFactory(f).create(f).write(out, StandardPrefixes.over(dsg), prefixes, null, null);
            return;
        }
        Graph g = graph != null ? dsg.getGraph(NodeFactory.createURI(graph)) : dsg.getUnionGraph();
        var graphWriter = RDFWriterRegistry.getWriterGraphFactory(f);
        if (graphWriter != null) {
            graphWriter.create(f).write(out, g, prefixes, null, null);
        } else {
            RDFWriterRegistry.getWriterDatasetFactory(f).create(f).write(out, StandardPrefixes.over(DatasetGraphFactory.wrap(g)), prefixes, null, null);
        }
    }

    /** Standard output stays open after the command. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
