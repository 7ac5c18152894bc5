package org.filbert.search.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.filbert.api.transfer.FileSource;
import org.filbert.search.api.Result;

/**
 * One file of a search being gathered: its sources, de-duplicated (a reachable source by
 * its address, a firewalled one, whose address says little, by its servent GUID), the
 * names they give it, counted to pick the most common, and their vendors. Bounded by
 * {@code maxSources}: names and vendors are counted only for sources kept. Not
 * thread-safe: its search's lock guards it.
 */
final class ResultGroup {

    private final int number;
    private final String sha1;
    private final long size;
    private final int maxSources;
    private final Map<String, FileSource> sources = new LinkedHashMap<>();
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Set<String> vendors = new LinkedHashSet<>();

    ResultGroup(int number, String sha1, long size, int maxSources) {
        this.number = number;
        this.sha1 = sha1;
        this.size = size;
        this.maxSources = maxSources;
    }

    int number() {
        return number;
    }

    long size() {
        return size;
    }

    /** Adds a source unless it is already here or the group is full; true when it was added. */
    boolean add(String name, FileSource source) {
        String key = source.firewalled() ? "push " + source.serventGuid() : source.hostPort();
        if (sources.size() >= maxSources || sources.containsKey(key)) {
            return false;
        }
        sources.put(key, source);
        names.merge(name, 1, Integer::sum);
        if (!source.vendor().isEmpty()) {
            vendors.add(source.vendor());
        }
        return true;
    }

    /** Whether every source came from this vendor. */
    boolean onlyFrom(String vendor) {
        return sources.values().stream().allMatch(s -> s.vendor().equals(vendor));
    }

    int sourceCount() {
        return sources.size();
    }

    Result toResult() {
        String name = names.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey).orElse(sha1);
        return new Result(number, sha1, name, size, new ArrayList<>(sources.values()), List.copyOf(vendors));
    }
}
