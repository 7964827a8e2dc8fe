package org.akhbar.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** One run of the real command line in this JVM, with what it wrote to stdout (RDF, results) and its messages. */
public record CliRun(int exit, String out, String err) {

    public static CliRun of(String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter out = new StringWriter(), err = new StringWriter();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            CommandLine cl = AkhbarCommand.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int exit = cl.execute(args);
            System.out.flush();
            return new CliRun(exit, bytes.toString(StandardCharsets.UTF_8) + out, err.toString());
        } finally {
            System.setOut(old);
        }
    }
}
