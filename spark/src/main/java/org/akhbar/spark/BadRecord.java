package org.akhbar.spark;

import java.io.Serializable;

/**
 * An input record the job skipped: the article id when the record gives one (or null), where
 * it was (file, and line when known), and why. Written to the job's bad-records output.
 */
public record BadRecord(String id, String origin, String reason) implements Serializable {
}
