package org.filbert.bench.load;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.filbert.wire.Messages;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;

/**
 * Sends the queries of the load, round-robin over the ultrapeer links: each with a fresh GUID,
 * the given TTL, hops 0 and two or three words. Paced by a rate, or by a window: at most
 * {@code window} queries ahead of what the leaves have received on average (a window that
 * makes no progress for {@link #STALL_NANOS} is counted as a stall and reopened from where the
 * leaves are, so that copies the node drops cannot stop the run). Never writes to a link whose outbound buffer is
 * full. Not thread-safe: runs on the tool's main thread.
 */
final class QuerySender {

    static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(2);
    static final long PROGRESS_NANOS = TimeUnit.SECONDS.toNanos(5);
    static final String[] WORDS = {"amber", "river", "night", "jazz", "piano", "blue", "summer", "live",
        "remix", "sonata", "guitar", "ocean", "mountain", "city", "lights", "dream", "electric", "acoustic",
        "winter", "morning", "echo", "forest", "silver", "golden", "road", "rain", "fire", "stone", "wolf", "moon"};

    private final List<Channel> links;
    private final Traffic leaves;
    private final int leafCount;
    private final int rate;
    private final int window;
    private final int ttl;
    private long sent;
    /** Queries written off as never to reach the leaves on average (reopened stalls). */
    private long forgiven;
    private long stalls;

    QuerySender(List<Channel> links, Traffic leaves, int leafCount, int rate, int window, int ttl) {
        this.links = List.copyOf(links);
        this.leaves = leaves;
        this.leafCount = leafCount;
        this.rate = rate;
        this.window = window;
        this.ttl = ttl;
    }

    /** Sends {@code count} queries; {@code progress} is called about every {@link #PROGRESS_NANOS}. */
    void send(long count, Runnable progress) {
        long start = System.nanoTime();
        long nextProgress = start + PROGRESS_NANOS;
        for (long i = 0; i < count; i++) {
            if (rate > 0) {
                waitUntil(start + i * 1_000_000_000L / rate);
            }
            if (window > 0 && leafCount > 0) {
                awaitWindow();
            }
            Channel link = links.get((int) (i % links.size()));
            while (!link.isWritable() && link.isActive()) {
                LockSupport.parkNanos(50_000);
            }
            ByteBuf buf = link.alloc().buffer(64);
            Messages.encode(query(), buf);
            link.writeAndFlush(buf);
            sent++;
            if (System.nanoTime() > nextProgress) {
                progress.run();
                nextProgress += PROGRESS_NANOS;
            }
        }
    }

    private void awaitWindow() {
        long seen = leaves.queries();
        long since = System.nanoTime();
        while (sent - forgiven - seen / leafCount >= window) {
            LockSupport.parkNanos(100_000);
            long now = leaves.queries();
            if (now != seen) {
                seen = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since > STALL_NANOS) {
                stalls++;
                forgiven = sent - seen / leafCount;
                return;
            }
        }
    }

    private static void waitUntil(long nanos) {
        long wait;
        while ((wait = nanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    private Query query() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder text = new StringBuilder(WORDS[r.nextInt(WORDS.length)]).append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        if (r.nextBoolean()) {
            text.append(' ').append(WORDS[r.nextInt(WORDS.length)]);
        }
        return new Query(new Routing(RandomGuids.next(), ttl, 0), Query.FLAG_NEW_SEMANTICS | Query.FLAG_GGEP_H,
                text.toString(), ExtensionBlock.EMPTY);
    }

    long sent() {
        return sent;
    }

    /** Times the window made no progress for {@link #STALL_NANOS} and was let go. */
    long stalls() {
        return stalls;
    }
}
