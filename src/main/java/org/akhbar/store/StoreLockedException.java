package org.akhbar.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The store is held by another process: TDB2 allows one process per store. The message names that process. */
public final class StoreLockedException extends RuntimeException {
    public StoreLockedException(String location, Throwable cause) {
        super("the store " + location + " is in use by " + holder(Path.of(location)) + ". "
                + "TDB2 allows one process per store: wait for it or stop it, or, if it is `akhbar serve --allow-update`, "
                + "send the articles to it with `akhbar load --server URL --password-file F …`.", cause);
    }

    /** A held store with the advice of the caller, which knows what the user ran («ask the server instead: …»). */
    public StoreLockedException(String message) {
        super(message);
    }

    /**
     * "process 1234 (java -jar akhbar.jar load …)": TDB2 writes the holder's process id into
     * {@code tdb.lock}; its command line comes from /proc where there is one.
     */
    public static String holder(Path dir) {
        String pid;
        try {
            pid = Files.readString(dir.resolve("tdb.lock"), StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            return "another process";
        }
        if (!pid.matches("\\d{1,10}")) return "another process";
        // /proc first: ProcessHandle drops the arguments of a long command line
        String command = procCommandLine(pid);
        if (command == null) command = ProcessHandle.of(Long.parseLong(pid)).flatMap(p -> p.info().commandLine()).orElse(null);
        if (command == null || command.isBlank()) return "process " + pid;
        command = withoutJvmOptions(command.strip());
        if (command.length() > 160) command = command.substring(0, 157) + "…";
        return "process " + pid + " (" + command + ")";
    }

    /** "java … -cp LONG org.akhbar.cli.AkhbarCommand load …" → "java org.akhbar.cli.AkhbarCommand load …": what it runs, not how. */
    static String withoutJvmOptions(String command) {
        String[] t = command.split(" ");
        if (t.length < 2 || !t[0].endsWith("java")) return command;
        StringBuilder sb = new StringBuilder("java");
        int i = 1;
        while (i < t.length && t[i].startsWith("-") && !t[i].equals("-jar")) {
            if (t[i].equals("-cp") || t[i].equals("-classpath") || t[i].equals("--class-path")) i++;
            i++;
        }
        for (; i < t.length; i++) sb.append(' ').append(t[i]);
        return sb.toString();
    }

    private static String procCommandLine(String pid) {
        try {
            byte[] b = Files.readAllBytes(Path.of("/proc", pid, "cmdline"));
            return new String(b, StandardCharsets.UTF_8).replace('\0', ' ').strip();
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
