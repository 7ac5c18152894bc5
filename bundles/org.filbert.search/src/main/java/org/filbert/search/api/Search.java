package org.filbert.search.api;

import java.time.Instant;
import java.util.Map;

/**
 * One search as it stands.
 *
 * @param id its number on this node (from 1)
 * @param guid its query's GUID, 32 hex digits
 * @param text what was searched for, as given
 * @param options sizes and kind asked for
 * @param started when it started
 * @param sentTo peers its query went to at once (0: not connected)
 * @param running whether it still takes hits
 * @param results files kept (distinct SHA-1s)
 * @param kept result entries kept, over all files and sources (what dynamic querying counts)
 * @param hits query hits received
 * @param filtered result entries not kept, by reason ({@code no hash}, a filter's reason...)
 */
public record Search(int id, String guid, String text, SearchOptions options, Instant started, int sentTo, boolean running,
        int results, long kept, long hits, Map<String, Long> filtered) {

    public Search {
        filtered = Map.copyOf(filtered);
    }

    /** Result entries not kept, for all reasons. */
    public long filteredTotal() {
        return filtered.values().stream().mapToLong(Long::longValue).sum();
    }
}
