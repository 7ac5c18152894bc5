package org.filbert.transport.impl;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts incoming connections that have not yet said what they are, against a limit, so
 * that a flood of silent connections cannot pile up. Thread-safe.
 */
final class PendingConnections {

    private final int limit;
    private final AtomicInteger count = new AtomicInteger();

    PendingConnections(int limit) {
        this.limit = limit;
    }

    /** Takes a place; false when the limit is reached. */
    boolean tryEnter() {
        if (count.incrementAndGet() > limit) {
            count.decrementAndGet();
            return false;
        }
        return true;
    }

    void leave() {
        count.decrementAndGet();
    }

    int count() {
        return count.get();
    }
}
