package org.filbert.routing.impl;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts what routing did with each message type: received, forwarded, answered,
 * delivered, and dropped by reason. Thread-safe, cheap on the hot path.
 */
final class MessageCounters {

    private final Map<String, Map<String, LongAdder>> counts = new ConcurrentHashMap<>();

    void count(String type, String what) {
        counts.computeIfAbsent(type, t -> new ConcurrentHashMap<>()).computeIfAbsent(what, w -> new LongAdder()).increment();
    }

    void dropped(String type, RouteDrop reason) {
        count(type, "dropped " + reason.label());
    }

    /** A sorted snapshot. */
    Map<String, Map<String, Long>> snapshot() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        counts.forEach((type, byWhat) -> {
            Map<String, Long> c = new TreeMap<>();
            byWhat.forEach((what, n) -> c.put(what, n.sum()));
            copy.put(type, c);
        });
        return copy;
    }
}
