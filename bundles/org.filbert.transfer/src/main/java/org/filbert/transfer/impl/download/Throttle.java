package org.filbert.transfer.impl.download;

import java.util.function.LongSupplier;

/**
 * A token bucket shared by all downloads: bytes per second with one second of burst; a
 * connection that received more than its share pauses reading for the delay it is told.
 * Zero bytes per second means no limit. Thread-safe.
 */
final class Throttle {

    private final long bytesPerSecond;
    private final LongSupplier nanoClock;
    private long tokens;
    private long last;

    Throttle(long bytesPerSecond, LongSupplier nanoClock) {
        this.bytesPerSecond = bytesPerSecond;
        this.nanoClock = nanoClock;
        this.tokens = bytesPerSecond;
        this.last = nanoClock.getAsLong();
    }

    /** Takes {@code bytes} just received; returns how many nanoseconds to pause, 0 for none. */
    synchronized long take(long bytes) {
        if (bytesPerSecond <= 0) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        tokens = Math.min(bytesPerSecond, tokens + (now - last) * bytesPerSecond / 1_000_000_000L);
        last = now;
        tokens -= bytes;
        return tokens >= 0 ? 0 : -tokens * 1_000_000_000L / bytesPerSecond;
    }
}
