package org.akhbar.spark;

import java.io.Serializable;

/** What one partition did: articles extracted, quads written to its shard, records skipped. */
public record PartitionSummary(int partition, long articles, long quads, long failures) implements Serializable {
}
