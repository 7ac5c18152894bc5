package org.filbert.search.api;

import java.util.Objects;

/**
 * What a search keeps besides the words: file sizes from {@code minSize} to {@code maxSize}
 * bytes (0 and {@link Long#MAX_VALUE} when unbounded) and files of one kind. Immutable.
 */
public record SearchOptions(long minSize, long maxSize, MediaType type) {

    /** Every size, every kind. */
    public static final SearchOptions ANY = new SearchOptions(0, Long.MAX_VALUE, MediaType.ANY);

    /** @throws IllegalArgumentException when a size is negative or the minimum is over the maximum */
    public SearchOptions {
        Objects.requireNonNull(type, "type");
        if (minSize < 0 || maxSize < 0) {
            throw new IllegalArgumentException("sizes cannot be negative");
        }
        if (minSize > maxSize) {
            throw new IllegalArgumentException("the minimum size " + minSize + " is over the maximum " + maxSize);
        }
    }

    /** Whether a file of this size is within the bounds. */
    public boolean sizeFits(long size) {
        return size >= minSize && size <= maxSize;
    }
}
