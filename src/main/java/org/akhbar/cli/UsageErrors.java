package org.akhbar.cli;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.List;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the command line answers a mistake: one line naming it (and, for a mistyped command, the
 * closest real one, by picocli's own suggestions), a pointer to {@code --help}, exit 2 — not
 * a page of usage text, and never the main help with exit 0 for a command that does not exist.
 */
final class UsageErrors {
    private UsageErrors() {}

    static void install(CommandLine cl) {
        cl.setParameterExceptionHandler(UsageErrors::onParameterError);
        // `akhbar backpu --help`: picocli parses --help first and leaves the unknown word
        // unmatched without an error; this refuses it before any help is printed.
        cl.setExecutionStrategy(parsed -> {
            String unknown = unknownCommand(parsed);
            if (unknown != null) {
                report(parsed.commandSpec().commandLine(), unknownCommandMessage(parsed.commandSpec().commandLine(), unknown));
                return 2;
            }
            return new CommandLine.RunLast().execute(parsed);
        });
    }

    /** The first unmatched word of the main command, when no subcommand was recognised. */
    static String unknownCommand(ParseResult parsed) {
        if (parsed.hasSubcommand() || parsed.unmatched().isEmpty()) return null;
        String first = parsed.unmatched().get(0);
        return first.startsWith("-") ? null : first;
    }

    private static int onParameterError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof UnmatchedArgumentException u && cmd.getParent() == null && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            message = unknownCommandMessage(cmd, u.getUnmatched().get(0));
        } else if (e instanceof UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)";
        }
        report(cmd, message);
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    static String unknownCommandMessage(CommandLine root, String word) {
        List<String> close = new UnmatchedArgumentException(root, List.of(word)).getSuggestions();
        return "unknown command '" + word + "'" + (close.isEmpty() ? "" : "; the closest is '" + close.get(0) + "'")
                + ". Commands: " + String.join(", ", root.getSubcommands().keySet());
    }

    private static void report(CommandLine cmd, String message) {
        PrintWriter err = cmd.getErr();
        err.println("akhbar: " + message);
        err.println("See '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
        err.flush();
    }

    /** A failure while running: one line, with what to do for the failures users meet. */
    static int onExecutionError(Exception ex, CommandLine cmd, ParseResult parsed) {
        cmd.getErr().println("akhbar: " + describe(ex));
        cmd.getErr().flush();
        return ex instanceof org.akhbar.store.StoreLockedException ? 2 : 1;   // the store is busy: not an input failure
    }

    static String describe(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof java.nio.channels.UnresolvedAddressException)
                return "cannot reach the server (" + (ex.getMessage() == null ? t : ex.getMessage())
                        + "): is `akhbar serve` running there, on that port?";
            if (t instanceof HttpTimeoutException) return "the server did not answer in time: " + t.getMessage();
        }
        return ex.getMessage() == null ? ex.toString() : ex.getMessage();
    }
}
