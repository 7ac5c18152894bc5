package org.filbert.transport.impl;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Messages the transport dropped, by reason, over every connection since the transport
 * started: malformed ones received, and ones not sent (queue full, by lane; hops flow;
 * connection closed). Thread-safe.
 */
final class TransportDrops {

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

    void count(String reason) {
        counts.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    /** The counts by reason, sorted. */
    Map<String, Long> snapshot() {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((reason, n) -> result.put(reason, n.sum()));
        return result;
    }
}
