package org.filbert.routing.impl;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

import org.filbert.wire.Guid;

/**
 * A route table: GUID to value, each entry expiring a fixed time after it was written, and
 * never more than a fixed number of entries (the oldest goes first). Nothing a peer sends
 * can make it grow past its cap. Thread-safe (synchronised).
 *
 * @param <V> what a GUID leads to
 */
final class GuidTable<V> {

    private record Entry<V>(V value, long expiresAtNanos) {
    }

    private final int capacity;
    private final long lifetimeNanos;
    private final LongSupplier clock;
    private final LinkedHashMap<Guid, Entry<V>> entries = new LinkedHashMap<>();

    GuidTable(int capacity, long lifetimeNanos, LongSupplier clock) {
        this.capacity = capacity;
        this.lifetimeNanos = lifetimeNanos;
        this.clock = clock;
    }

    /** Records a route, replacing an older one for the same GUID. */
    synchronized void put(Guid guid, V value) {
        entries.remove(guid);
        entries.put(guid, new Entry<>(value, clock.getAsLong() + lifetimeNanos));
        evict();
    }

    /** Records a GUID if it is not known yet; false for a duplicate. */
    synchronized boolean putIfAbsent(Guid guid, V value) {
        Entry<V> e = entries.get(guid);
        if (e != null && e.expiresAtNanos() - clock.getAsLong() > 0) {
            return false;
        }
        put(guid, value);
        return true;
    }

    /**
     * Replaces the live value for a GUID by {@code update(old)} ({@code old} null when there is
     * none) and returns the old one, atomically.
     */
    synchronized V update(Guid guid, java.util.function.UnaryOperator<V> update) {
        V old = get(guid);
        put(guid, update.apply(old));
        return old;
    }

    /** The live value for a GUID, or null. */
    synchronized V get(Guid guid) {
        Entry<V> e = entries.get(guid);
        return e == null || e.expiresAtNanos() - clock.getAsLong() <= 0 ? null : e.value();
    }

    synchronized int size() {
        evict();
        return entries.size();
    }

    private void evict() {
        long now = clock.getAsLong();
        Iterator<Map.Entry<Guid, Entry<V>>> oldestFirst = entries.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<Guid, Entry<V>> e = oldestFirst.next();
            if (entries.size() > capacity || e.getValue().expiresAtNanos() - now <= 0) {
                oldestFirst.remove();
            } else {
                break;
            }
        }
    }
}
