package org.filbert.search.impl;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * One search's watch for a known spam shape: many different files (distinct SHA-1s) of
 * exactly the same size from one vendor, as spam servents answer every query with one
 * payload under the names asked for. Once {@code threshold} files share a vendor and a
 * size, that pair is spam for the rest of the search. Bounded: at most {@code maxPairs}
 * vendor and size pairs watched (later pairs pass unwatched), each with at most
 * {@code threshold} SHA-1s. Not thread-safe: its search's lock guards it.
 */
final class SameSizeSpam {

    static final String REASON = "same size, many files";

    private record Pair(String vendor, long size) {
    }

    private final int threshold;
    private final int maxPairs;
    private final Map<Pair, Set<String>> files = new HashMap<>();

    /** @param threshold files of one vendor and size that make spam; 0 turns the watch off */
    SameSizeSpam(int threshold, int maxPairs) {
        this.threshold = threshold;
        this.maxPairs = maxPairs;
    }

    /** Notes a file a vendor offered; true when that vendor and size are (now) spam. */
    boolean offered(String vendor, long size, String sha1) {
        if (threshold == 0) {
            return false;
        }
        Pair pair = new Pair(vendor, size);
        Set<String> seen = files.get(pair);
        if (seen == null) {
            if (files.size() >= maxPairs) {
                return false;
            }
            seen = new HashSet<>();
            files.put(pair, seen);
        }
        if (seen.size() < threshold) {
            seen.add(sha1);
        }
        return seen.size() >= threshold;
    }
}
