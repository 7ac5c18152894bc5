package org.filbert.transport.impl;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

import org.filbert.wire.Message;
import org.filbert.wire.Push;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;

import io.netty.buffer.ByteBuf;

/**
 * One connection's outgoing messages, encoded, waiting for the socket: bounded in bytes and
 * split into lanes by value. The socket takes the most valuable lane first; when a new
 * message does not fit, the oldest messages of less valuable lanes make room for it (and,
 * among queries, the oldest of its own lane: a newer query is worth more), else the new
 * message is dropped. Every drop is reported with its lane. Thread-safe (synchronised): routing
 * offers from any thread, the connection's event loop polls.
 */
final class SendQueue {

    /** Lanes in order of value: the first is sent first and dropped last. */
    enum Lane {
        /** Pings, pongs, vendor and QRP messages, Bye: what keeps the connection working. */
        CONTROL,
        /** Query hits and pushes: answers someone is waiting for. */
        REPLY,
        /** Queries one hop from their origin: ours and our leaves'. */
        QUERY,
        /** Queries relayed from further away. */
        RELAYED_QUERY;

        static Lane of(Message message) {
            if (message instanceof Query query) {
                return query.routing().hops() <= 1 ? QUERY : RELAYED_QUERY;
            }
            return message instanceof QueryHit || message instanceof Push ? REPLY : CONTROL;
        }

        boolean isQuery() {
            return this == QUERY || this == RELAYED_QUERY;
        }

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
    }

    private final int maxBytes;
    private final Map<Lane, ArrayDeque<ByteBuf>> lanes = new EnumMap<>(Lane.class);
    private final Consumer<Lane> dropped;
    private final int[] laneBytes = new int[Lane.values().length];
    private int bytes;

    /** A queue of at most {@code maxBytes} that tells {@code dropped} the lane of each message it drops. */
    SendQueue(int maxBytes, Consumer<Lane> dropped) {
        this.maxBytes = maxBytes;
        this.dropped = dropped;
        for (Lane lane : Lane.values()) {
            lanes.put(lane, new ArrayDeque<>());
        }
    }

    /** Queues an encoded message, taking ownership of it; false (and released) when it was dropped. */
    synchronized boolean offer(Lane lane, ByteBuf message) {
        int size = message.readableBytes();
        if (size > maxBytes || !makeRoom(lane, size)) {
            drop(lane, message);
            return false;
        }
        lanes.get(lane).addLast(message);
        bytes += size;
        laneBytes[lane.ordinal()] += size;
        return true;
    }

    /** Drops less valuable messages (and older queries of a query's own lane) if, and only if, that makes room. */
    private boolean makeRoom(Lane lane, int size) {
        if (bytes + size <= maxBytes) {
            return true;
        }
        int evictable = 0;
        for (Lane victim : Lane.values()) {
            if (victim.ordinal() > lane.ordinal() || (victim == lane && lane.isQuery())) {
                evictable += laneBytes[victim.ordinal()];
            }
        }
        if (bytes - evictable + size > maxBytes) {
            return false;
        }
        Lane[] order = Lane.values();
        for (int i = order.length - 1; bytes + size > maxBytes; i--) {
            ArrayDeque<ByteBuf> queue = lanes.get(order[i]);
            while (bytes + size > maxBytes && !queue.isEmpty()) {
                drop(order[i], take(order[i], queue));
            }
        }
        return true;
    }

    private void drop(Lane lane, ByteBuf message) {
        message.release();
        dropped.accept(lane);
    }

    /** The next message to write, most valuable lane first, or null; the caller owns it. */
    synchronized ByteBuf poll() {
        for (Map.Entry<Lane, ArrayDeque<ByteBuf>> lane : lanes.entrySet()) {
            if (!lane.getValue().isEmpty()) {
                return take(lane.getKey(), lane.getValue());
            }
        }
        return null;
    }

    private ByteBuf take(Lane lane, ArrayDeque<ByteBuf> queue) {
        ByteBuf next = queue.pollFirst();
        bytes -= next.readableBytes();
        laneBytes[lane.ordinal()] -= next.readableBytes();
        return next;
    }

    /** Releases everything still queued (the connection closed); not counted as drops. */
    synchronized void clear() {
        lanes.values().forEach(q -> {
            q.forEach(ByteBuf::release);
            q.clear();
        });
        bytes = 0;
        java.util.Arrays.fill(laneBytes, 0);
    }

    synchronized int bytes() {
        return bytes;
    }
}
