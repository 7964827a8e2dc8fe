package org.akhbar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the store or a running endpoint. "
                + "The default graph is the union of all articles.")
final class QueryCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    static final class Target {
        @Option(names = "--db", paramLabel = "DIR", description = "TDB2 store folder (default: data/tdb2).")
        Path db;

        @Option(names = "--endpoint", paramLabel = "URL", description = "SPARQL endpoint URL of a running server.")
        String endpoint;
    }

    @ArgGroup(exclusive = true)
    Target target = new Target();

    @Option(names = {"-f", "--format"}, defaultValue = "table",
            description = "Result format: table, csv, tsv, json, xml for SELECT/ASK; CONSTRUCT/DESCRIBE write Turtle (default: ${DEFAULT-VALUE}).")
    String format;

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
        String text = query.file != null ? Files.readString(query.file) : query.text;
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println("akhbar: the query does not parse: " + e.getMessage());
            return 2;
        }
        OutputStream out = System.out;
        if (target.endpoint != null) {
            try (QueryExec qe = QueryExecHTTP.service(target.endpoint).query(q).build()) {
                print(qe, q, out);
            }
            return 0;
        }
        try (AkhbarStore s = AkhbarStore.open(target.db != null ? target.db : Path.of("data/tdb2"))) {
            Txn.executeRead(s.dataset(), () -> {
                try (QueryExec qe = QueryExec.dataset(s.dataset()).query(q).build()) {
                    print(qe, q, out);
                }
            });
        }
        return 0;
    }

    private void print(QueryExec qe, Query q, OutputStream out) {
        if (q.isSelectType()) {
            RowSet rs = qe.select();
            switch (format) {
                case "csv" -> ResultSetMgr.write(out, ResultSet.adapt(rs), ResultSetLang.RS_CSV);
                case "tsv" -> ResultSetMgr.write(out, ResultSet.adapt(rs), ResultSetLang.RS_TSV);
                case "json" -> ResultSetMgr.write(out, ResultSet.adapt(rs), ResultSetLang.RS_JSON);
                case "xml" -> ResultSetMgr.write(out, ResultSet.adapt(rs), ResultSetLang.RS_XML);
                default -> ResultSetFormatter.out(out, ResultSet.adapt(rs), q.getPrologue());
            }
        } else if (q.isAskType()) {
            boolean b = qe.ask();
            switch (format) {
                case "json" -> ResultSetFormatter.outputAsJSON(out, b);
                case "xml" -> ResultSetFormatter.outputAsXML(out, b);
                default -> new PrintStream(out, true).println(b ? "yes" : "no");
            }
        } else if (q.isConstructType()) {
            RDFDataMgr.write(out, qe.construct(), Lang.TURTLE);
        } else if (q.isDescribeType()) {
            RDFDataMgr.write(out, qe.describe(), Lang.TURTLE);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
