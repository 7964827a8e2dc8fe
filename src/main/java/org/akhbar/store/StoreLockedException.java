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

    /**
     * "process 1234 (java -jar akhbar.jar load …)": TDB2 writes the holder's process id into
     * {@code tdb.lock}; its command line comes from /proc where there is one.
     */
    static String holder(Path dir) {
        String pid;
        try {
            pid = Files.readString(dir.resolve("tdb.lock"), StandardCharsets.UTF_8).strip();
        } catch (java.io.IOException e) {
            return "another process";
        }
        if (!pid.matches("\\d{1,10}")) return "another process";
        String command = ProcessHandle.of(Long.parseLong(pid))
                .flatMap(p -> p.info().commandLine())
                .orElseGet(() -> procCommandLine(pid));
        if (command == null || command.isBlank()) return "process " + pid;
        command = command.strip();
        if (command.length() > 160) command = command.substring(0, 157) + "…";
        return "process " + pid + " (" + command + ")";
    }

    private static String procCommandLine(String pid) {
        try {
            byte[] b = Files.readAllBytes(Path.of("/proc", pid, "cmdline"));
            return new String(b, StandardCharsets.UTF_8).replace('\0', ' ');
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
