package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.api.network.PeerInfo;
import org.filbert.api.network.PeerRole;

import io.netty.channel.Channel;

/**
 * One established Gnutella connection: what the handshake settled and the traffic
 * counters. Settled fields are final; counters are atomic, so snapshots may be taken from
 * any thread while the connection's event loop counts.
 */
final class Connection {

    private final long id;
    private final Channel channel;
    private final InetSocketAddress address;
    private final PeerRole role;
    private final boolean outgoing;
    private final String userAgent;
    private final boolean compressedIn;
    private final boolean compressedOut;
    private final boolean byePackets;
    private final Instant connectedAt = Instant.now();
    private final AtomicLong in = new AtomicLong();
    private final AtomicLong out = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile long lastReadNanos = System.nanoTime();

    Connection(long id, Channel channel, PeerRole role, boolean outgoing, String userAgent, boolean compressedIn,
            boolean compressedOut, boolean byePackets) {
        this.id = id;
        this.channel = channel;
        this.address = (InetSocketAddress) channel.remoteAddress();
        this.role = role;
        this.outgoing = outgoing;
        this.userAgent = userAgent;
        this.compressedIn = compressedIn;
        this.compressedOut = compressedOut;
        this.byePackets = byePackets;
    }

    long id() {
        return id;
    }

    Channel channel() {
        return channel;
    }

    PeerRole role() {
        return role;
    }

    boolean byePackets() {
        return byePackets;
    }

    void received() {
        in.incrementAndGet();
        lastReadNanos = System.nanoTime();
    }

    void sent() {
        out.incrementAndGet();
    }

    void dropped() {
        dropped.incrementAndGet();
    }

    long nanosSinceRead() {
        return System.nanoTime() - lastReadNanos;
    }

    PeerInfo snapshot() {
        return new PeerInfo(id, address, role, outgoing, userAgent, connectedAt, in.get(), out.get(), dropped.get(),
                compressedIn, compressedOut);
    }
}
