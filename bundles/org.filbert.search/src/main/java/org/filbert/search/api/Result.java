package org.filbert.search.api;

import java.util.List;

import org.filbert.api.transfer.FileSource;

/**
 * One file a search found: the servents that have it, grouped by its SHA-1.
 *
 * @param number its number in its search (from 1, never reused)
 * @param sha1 its SHA-1 in base32
 * @param name the name most of its sources give it
 * @param size its size in bytes
 * @param sources the servents that have it, in the order they answered (at most as many as configured)
 * @param vendors the sources' vendor codes, each once, in the order first seen
 */
public record Result(int number, String sha1, String name, long size, List<FileSource> sources, List<String> vendors) {

    public Result {
        sources = List.copyOf(sources);
        vendors = List.copyOf(vendors);
    }

    /** Sources that must be pushed to (firewalled). */
    public long firewalledSources() {
        return sources.stream().filter(FileSource::firewalled).count();
    }
}
