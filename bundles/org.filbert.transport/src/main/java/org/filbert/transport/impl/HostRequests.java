package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The UDP host caches we asked for hosts recently: only their pongs are believed, so that
 * nobody can fill our host cache with unsolicited UDP pongs. Bounded; an entry expires
 * after its lifetime or when its answer came. Thread-safe (synchronised).
 */
final class HostRequests {

    private final int capacity;
    private final long lifetimeNanos;
    private final LongSupplier clock;
    private final Map<InetSocketAddress, Long> asked = new LinkedHashMap<>();

    HostRequests(int capacity, long lifetimeNanos, LongSupplier clock) {
        this.capacity = capacity;
        this.lifetimeNanos = lifetimeNanos;
        this.clock = clock;
    }

    synchronized void asked(InetSocketAddress cache) {
        asked.remove(cache);
        asked.put(cache, clock.getAsLong());
        if (asked.size() > capacity) {
            Iterator<InetSocketAddress> eldest = asked.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /** Whether {@code from} is a cache we asked and that has not answered yet; its entry is used up. */
    synchronized boolean answered(InetSocketAddress from) {
        Long at = asked.remove(from);
        return at != null && clock.getAsLong() - at <= lifetimeNanos;
    }
}
