package org.akhbar.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.concurrent.Callable;

import org.akhbar.extract.actor.ActorExtractor;
import org.akhbar.graph.ArticleGraph;
import org.akhbar.pipeline.ParallelRunner;
import org.akhbar.pipeline.Pipeline;
import org.akhbar.pipeline.PipelineOutput;
import org.akhbar.source.InputProblem;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Runs the extraction pipeline without a store and writes the RDF to standard output.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin InputOptions inputs;
    @Spec CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "nquads",
            description = "Output syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "turtle, ntriples, jsonld and rdfxml write the triples without graph names.")
    RdfFormatName format;

    @Option(names = "--found-by", paramLabel = "FILE",
            description = "Debugging: also write each article's actors as TSV lines (article, class, label, source: gazetteer, rules or model) "
                    + "to FILE, and print how many each source found; the RDF is unchanged.")
    java.nio.file.Path foundBy;

    @Option(names = "--without-name-model", description = "Debugging: find actors with the gazetteer and rules alone (as before the name model).")
    boolean withoutNameModel;

    @Override
    public Integer call() {
        if (inputs.paths.isEmpty()) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give at least one PATH");
        Problems problems = new Problems(spec.commandLine().getErr());
        OutputStream out = new BufferedOutputStream(System.out, 1 << 16);
        boolean quads = RDFLanguages.isQuads(format.format.getLang());
        boolean streaming = StreamRDFWriter.registered(format.format);
        DatasetGraph memory = streaming ? null : DatasetGraphFactory.createTxnMem();
        StreamRDF writer = streaming ? StreamRDFWriter.getWriterStream(out, format.format, null) : null;
        if (writer != null) {
            writer.start();
            StandardPrefixes.declare(writer);
        }
        Pipeline pipeline = inputs.withBudget(withoutNameModel ? Pipeline.standard(new ActorExtractor(null)) : Pipeline.standard());
        ActorSourceReport report = foundBy == null ? null : new ActorSourceReport();
        if (report != null) pipeline = pipeline.then(report);
        new ParallelRunner(pipeline, inputs.threads()).run(inputs.reader(), inputs.paths, new PipelineOutput() {
            @Override
            public void graph(ArticleGraph g) {
                for (Triple t : g.triples()) {
                    if (memory != null) memory.add(g.graphName(), t.getSubject(), t.getPredicate(), t.getObject());
                    else if (quads) writer.quad(org.apache.jena.sparql.core.Quad.create(g.graphName(), t));
                    else writer.triple(t);
                }
            }

            @Override
            public void problem(InputProblem p) { problems.report(p); }
        });
        if (writer != null) writer.finish();
        else {
            // the standard prefixes become JSON-LD's @context and RDF/XML's namespaces
            StandardPrefixes.addTo(memory.prefixes());
            if (quads) RDFDataMgr.write(out, memory, format.format);
            else {
                org.apache.jena.graph.Graph union = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
                memory.getUnionGraph().find().forEachRemaining(union::add);
                StandardPrefixes.addTo(union.getPrefixMapping());
                RDFDataMgr.write(out, union, format.format);
            }
        }
        try {
            out.flush();
            if (report != null) spec.commandLine().getErr().println(report.writeTo(foundBy));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return problems.exitCode();
    }
}
