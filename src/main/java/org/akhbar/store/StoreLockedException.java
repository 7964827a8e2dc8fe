package org.akhbar.store;

/** The store is held by another process: TDB2 allows one process per store. */
public final class StoreLockedException extends RuntimeException {
    public StoreLockedException(String location, Throwable cause) {
        super("the store " + location + " is in use by another process (a running `akhbar serve`?). "
                + "TDB2 allows one process per store: stop that process, or send the articles to it with "
                + "`akhbar load --server URL --password-file F …` (the server must run with --allow-update).", cause);
    }
}
