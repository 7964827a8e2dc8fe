package org.akhbar.store;

import java.nio.charset.StandardCharsets;

import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.commons.collections4.bloomfilter.EnhancedDoubleHasher;
import org.apache.commons.collections4.bloomfilter.Hasher;
import org.apache.commons.collections4.bloomfilter.Shape;
import org.apache.commons.collections4.bloomfilter.SimpleBloomFilter;

/**
 * Which article ids a bulk load has had, in fixed memory (a Bloom filter of about 5 MB from
 * Apache Commons Collections, sized for two million articles at one false alarm in ten
 * thousand): memory does not grow with the corpus. A false alarm only ends the bulk path
 * early (the rest loads through transactions), so it costs speed, never correctness.
 */
final class SeenArticles {
    private static final Shape SHAPE = Shape.fromNP(2_000_000, 1e-4);
    private final SimpleBloomFilter filter = new SimpleBloomFilter(SHAPE);

    /** True the first time an id is offered; false when it may have been seen before. */
    boolean firstTime(String articleId) {
        long[] h = MurmurHash3.hash128x64(articleId.getBytes(StandardCharsets.UTF_8));
        Hasher hasher = new EnhancedDoubleHasher(h[0], h[1]);
        if (filter.contains(hasher)) return false;
        filter.merge(hasher);
        return true;
    }
}
