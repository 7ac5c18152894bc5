package org.filbert.transport.impl;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} events per window (a fixed window on a nanosecond clock), for
 * answers a remote party can provoke. Thread-safe.
 */
final class RateLimit {

    private final int limit;
    private final long windowNanos;
    private final LongSupplier clock;
    private final AtomicLong windowStart;
    private final AtomicLong inWindow = new AtomicLong();

    RateLimit(int limit, long windowNanos, LongSupplier clock) {
        this.limit = limit;
        this.windowNanos = windowNanos;
        this.clock = clock;
        this.windowStart = new AtomicLong(clock.getAsLong());
    }

    /** Takes one event; false when this window's limit is reached. */
    boolean tryAcquire() {
        long now = clock.getAsLong();
        long start = windowStart.get();
        if (now - start >= windowNanos && windowStart.compareAndSet(start, now)) {
            inWindow.set(0);
        }
        return inWindow.incrementAndGet() <= limit;
    }
}
