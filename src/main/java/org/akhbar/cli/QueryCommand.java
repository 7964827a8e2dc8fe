package org.akhbar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.system.Txn;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the store or a running server "
                + "(--endpoint: the way to query a store that `akhbar serve` holds). "
                + "The default graph is the union of all articles.")
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @ArgGroup(exclusive = true)
    ReadTarget target = new ReadTarget();

    /** Output formats; picocli refuses any other name with the list of these (exit 2). */
    enum Format {
        table, csv, tsv, json, xml, turtle, ntriples, jsonld, rdfxml;

        boolean isRdf() { return ordinal() >= turtle.ordinal(); }

        RDFFormat rdf() {
            return switch (this) {
                case ntriples -> RDFFormat.NTRIPLES;
                case jsonld -> RDFFormat.JSONLD11;
                case rdfxml -> RDFFormat.RDFXML;
                default -> RDFFormat.TURTLE_PRETTY;
            };
        }
    }

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Output: table, csv, tsv, json, xml for SELECT and ASK; turtle, ntriples, jsonld, rdfxml for "
                    + "CONSTRUCT and DESCRIBE, which write Turtle when given a results format (default: ${DEFAULT-VALUE}).")
    Format format;

    static final class QueryText {
        @Parameters(paramLabel = "QUERY", description = "The SPARQL query.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the query from a file.")
        Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    QueryText query;

    @Override
    public Integer call() throws IOException {
        Query q = parse(queryText());
        if ((q.isSelectType() || q.isAskType()) && format.isRdf())
            throw new ParameterException(spec.commandLine(), "-f " + format + " is for CONSTRUCT and DESCRIBE; "
                    + (q.isSelectType() ? "SELECT" : "ASK") + " results come as table, csv, tsv, json or xml");
        OutputStream out = System.out;
        if (target.remote()) {
            try (QueryExec qe = QueryExecHTTP.service(target.server(spec).sparql()).query(q).build()) {
                print(qe, q, out);
            }
            return 0;
        }
        try (AkhbarStore s = target.openExisting(spec)) {
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExec qe = QueryExec.dataset(s.dataset()).query(q).build()) {
                    print(qe, q, out);
                }
            });
        }
        return 0;
    }

    private String queryText() {
        if (query.file == null) return query.text;
        if (!Files.isRegularFile(query.file))
            throw new ParameterException(spec.commandLine(), "cannot read the query file " + query.file + ": "
                    + (Files.isDirectory(query.file) ? "it is a folder" : "no such file"));
        try {
            return Files.readString(query.file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read the query file " + query.file + ": " + e);
        }
    }

    private Query parse(String text) {
        try {
            return QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new ParameterException(spec.commandLine(), "the query " + (query.file != null ? "in " + query.file + " " : "")
                    + "does not parse: " + e.getMessage());
        }
    }

    private void print(QueryExec qe, Query q, OutputStream out) {
        if (q.isSelectType()) {
            RowSet rs = qe.select();
            switch (format) {
                case csv -> ResultSetMgr.write(out, ResultSet.adapt(rs), ResultSetLang.RS_CSV);
                case tsv -> ResultSetMgr.write(out, ResultSet.adapt(rs), ResultSetLang.RS_TSV);
                case json -> ResultSetMgr.write(out, ResultSet.adapt(rs), ResultSetLang.RS_JSON);
                case xml -> ResultSetMgr.write(out, ResultSet.adapt(rs), ResultSetLang.RS_XML);
                default -> ResultSetFormatter.out(out, ResultSet.adapt(rs), q.getPrologue());
            }
        } else if (q.isAskType()) {
            boolean b = qe.ask();
            switch (format) {
                case json -> ResultSetFormatter.outputAsJSON(out, b);
                case xml -> ResultSetFormatter.outputAsXML(out, b);
                default -> new PrintStream(out, true).println(b ? "yes" : "no");
            }
        } else {
            org.apache.jena.graph.Graph g = q.isConstructType() ? qe.construct() : qe.describe();
            StandardPrefixes.addTo(g.getPrefixMapping());
            RDFDataMgr.write(out, g, format.isRdf() ? format.rdf() : RDFFormat.TURTLE_PRETTY);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
