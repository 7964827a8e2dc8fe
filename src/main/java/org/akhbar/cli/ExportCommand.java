package org.akhbar.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.akhbar.store.AkhbarStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store (or one article's graph) as RDF. N-Quads, TriG, N-Triples and Turtle stream; "
                + "JSON-LD and RDF/XML are built in memory.")
final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions store;
    @Spec CommandSpec spec;

    @Option(names = {"-f", "--format"}, defaultValue = "nquads",
            description = "Syntax: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    RdfFormatName format;

    @Option(names = "--graph", paramLabel = "IRI", description = "Only this named graph (akr:graph/<id>).")
    String graph;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to a file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (AkhbarStore s = AkhbarStore.open(store.db);
             OutputStream out = new BufferedOutputStream(output != null ? Files.newOutputStream(output) : new NonClosing(System.out), 1 << 16)) {
            if (AkhbarStore.canStream(format.format)) {
                long n = s.export(out, format.format, graph);
                if (output != null) spec.commandLine().getErr().println("exported " + n + " quads to " + output);
            } else {
                if (graph == null) spec.commandLine().getErr().println("note: " + format + " is written from memory; use nquads or trig for a large store");
                s.exportInMemory(out, format.format, graph);
            }
        }
        return 0;
    }

    /** Standard output stays open after the command. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) { super(out); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
