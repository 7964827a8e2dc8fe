package org.akhbar.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;

/**
 * What to say when a command cannot open the store because a running server holds it (TDB2
 * allows one process per store): the exact command to run instead, built from the user's own
 * arguments with {@code --db DIR} swapped for the server's URL.
 */
final class StoreInUse {
    private StoreInUse() {}

    static org.akhbar.store.StoreLockedException advice(CommandSpec spec, Path db) {
        java.util.Optional<String> noted = RunningServer.read(db);
        String base = noted.orElse(RunningServer.DEFAULT_URL);
        List<String> args = argsAfterCommand(spec);
        String command = spec.name();
        // TDB2 lets one process open a store; a serving process leaves its URL in the folder
        String head = "the store " + db + " is in use by " + org.akhbar.store.StoreLockedException.holder(db)
                + (noted.isPresent() ? ", the server at " + base : " (a running `akhbar serve`?)")
                + "; TDB2 lets one process open a store.";
        String instead = switch (command) {
            case "query", "export", "stats" -> (noted.isPresent() ? "Ask the server instead:\n  " : "If it is a server, ask it instead:\n  ")
                    + line(command, args, "--endpoint", base + "/akhbar/sparql");
            case "load" -> "Send the articles to the server instead (it must run with --allow-update --password-file F):\n  "
                    + line(command, args, "--server", base) + " --password-file F";
            case "serve" -> "It is already served at " + base + "/ ; stop that server (Ctrl-C) to serve the store again.";
            default -> "Stop that server (Ctrl-C), then run the command again.";
        };
        return new org.akhbar.store.StoreLockedException(head + " " + instead);
    }

    /** {@code akhbar COMMAND ARGS… OPTION VALUE}, without any {@code --db DIR}, quoted for a POSIX shell. */
    static String line(String command, List<String> args, String option, String value) {
        StringBuilder b = new StringBuilder("akhbar ").append(command).append(' ').append(option).append(' ').append(value);
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db")) { i++; continue; }
            if (a.startsWith("--db=")) continue;
            b.append(' ').append(quoted(a));
        }
        return b.toString();
    }

    private static List<String> argsAfterCommand(CommandSpec spec) {
        List<String> all = spec.commandLine().getParseResult().originalArgs();
        int at = all.indexOf(spec.name());
        return new ArrayList<>(all.subList(at < 0 ? 0 : at + 1, all.size()));
    }

    static String quoted(String a) {
        if (a.matches("[A-Za-z0-9_./:=@%+,-]+")) return a;
        return "'" + a.replace("'", "'\\''") + "'";
    }
}
