package org.akhbar.store;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches a bulk load: Jena's bulk loader feeds its indexes on threads of its own, and when
 * one of them dies (on a full disk, a fault in a mapped file) the loading thread waits for it
 * forever. The watch hears of any thread that dies of an uncaught throwable, and checks the
 * free space every {@link #PERIOD_MS} ms; either way it records why and interrupts the loading
 * thread, which then stops with that reason instead of hanging.
 */
final class LoaderWatch implements AutoCloseable {
    static final long PERIOD_MS = 200;
    private final Path dir;
    private final Thread owner;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread.UncaughtExceptionHandler previous;
    private final Thread poller;
    private volatile boolean closed;

    LoaderWatch(Path dir) {
        this.dir = dir;
        this.owner = Thread.currentThread();
        this.previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            if (!closed && t != owner) fail(e);
            if (previous != null) previous.uncaughtException(t, e);
            else if (!(e instanceof ThreadDeath)) {
                System.err.println("akhbar: loader thread " + t.getName() + " failed: " + e);
            }
        });
        this.poller = new Thread(this::poll, "akhbar-loader-watch");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        while (!closed) {
            long free = DiskSpace.free(dir);
            if (free < DiskSpace.FLOOR) {
                fail(new DiskFullException(String.format("disk full at %s: %s free", dir, DiskSpace.mb(free)), null));
                return;
            }
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void fail(Throwable e) {
        if (failure.compareAndSet(null, e)) {
            quietLoader();                 // the interrupt makes Jena log a stack trace; Akhbar says why it stopped
            owner.interrupt();
        }
    }

    private static void quietLoader() {
        org.apache.logging.log4j.core.config.Configurator.setLevel("org.apache.jena.tdb2.loader", org.apache.logging.log4j.Level.OFF);
    }

    /** Why the load must stop, or null. */
    Throwable failure() { return failure.get(); }

    /** The exception to stop the load with, given what the loading thread itself caught (may be null). */
    RuntimeException stop(Throwable caught) {
        Thread.interrupted();                                 // the interrupt has done its work
        if (caught != null) failure.compareAndSet(null, caught);
        Throwable why = failure.get() != null ? failure.get() : caught;
        if (why instanceof DiskFullException d) return d;
        if (DiskSpace.isDiskFull(why, dir) || DiskSpace.free(dir) < DiskSpace.RESERVE) {
            return new DiskFullException(String.format("disk full at %s: %s free", dir, DiskSpace.mb(DiskSpace.free(dir))), why);
        }
        return why instanceof RuntimeException r && why == caught ? r : new IllegalStateException("the bulk loader failed: " + why, why);
    }

    @Override
    public void close() {
        closed = true;
        poller.interrupt();
        Thread.setDefaultUncaughtExceptionHandler(previous);
        Thread.interrupted();
    }

    /**
     * Ends the watch of a load that failed and is abandoned: Jena's index threads then fail one
     * after the other as the store closes under them, each with a stack trace and an ERROR
     * line, after the one message that matters. Those are silenced; the marker of the
     * abandoned load empties the store when it is next opened.
     */
    void abandon() {
        closed = true;
        poller.interrupt();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> { });
        quietLoader();
        Thread.interrupted();
    }
}
