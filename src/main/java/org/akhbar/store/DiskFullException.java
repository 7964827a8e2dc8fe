package org.akhbar.store;

/** A load stopped because the store's disk is full (or nearly): the message says where, and what the store holds now. */
public final class DiskFullException extends RuntimeException {
    public DiskFullException(String message, Throwable cause) { super(message, cause, true, false); }
}
