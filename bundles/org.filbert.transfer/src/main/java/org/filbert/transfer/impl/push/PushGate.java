package org.filbert.transfer.impl.push;

import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Decides which pushes get answered: at most {@code perMinute} in any 60 seconds, and a push
 * for an address, port and index already answered is a duplicate while the connection that
 * answered it is being opened or open — at most {@code duplicateNanos}. Once that connection
 * {@link #ended}, the downloader may push again (it lost the connection, or restarted) and is
 * answered. Only answered pushes are remembered, so what it holds is bounded by the rate.
 * Thread-safe (one lock).
 */
final class PushGate {

    static final long MINUTE = TimeUnit.MINUTES.toNanos(1);

    /** What to do with a push. */
    enum Verdict {
        ANSWER, DUPLICATE, OVER_RATE
    }

    private record Target(InetSocketAddress to, long index) {
    }

    private final int perMinute;
    private final long duplicateNanos;
    private final LongSupplier clock;
    private final Deque<Long> answeredAt = new ArrayDeque<>();
    private final Map<Target, Long> answered = new HashMap<>();

    PushGate(int perMinute, long duplicateNanos, LongSupplier clock) {
        this.perMinute = perMinute;
        this.duplicateNanos = duplicateNanos;
        this.clock = clock;
    }

    synchronized Verdict admit(InetSocketAddress to, long index) {
        long now = clock.getAsLong();
        while (!answeredAt.isEmpty() && now - answeredAt.peekFirst() >= MINUTE) {
            answeredAt.removeFirst();
        }
        answered.values().removeIf(at -> now - at >= duplicateNanos);
        Target target = new Target(to, index);
        if (answered.containsKey(target)) {
            return Verdict.DUPLICATE;
        }
        if (answeredAt.size() >= perMinute) {
            return Verdict.OVER_RATE;
        }
        answeredAt.addLast(now);
        answered.put(target, now);
        return Verdict.ANSWER;
    }

    /** The connection that answered a push for that address, port and index failed or closed. */
    synchronized void ended(InetSocketAddress to, long index) {
        answered.remove(new Target(to, index));
    }
}
