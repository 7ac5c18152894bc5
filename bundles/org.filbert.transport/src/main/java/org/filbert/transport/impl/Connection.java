package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.api.network.PeerInfo;
import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Peer;
import org.filbert.wire.Guid;
import org.filbert.wire.Message;

import io.netty.channel.Channel;

/**
 * One established Gnutella connection: what the handshake settled, the traffic counters,
 * and the {@link Peer} routing sends through. Sending never blocks: a message is refused
 * (and counted as dropped) while the channel's outbound buffer is above its high-water
 * mark, so a peer that reads slowly cannot make us buffer without bound. Settled fields
 * are final; counters are atomic; thread-safe.
 */
final class Connection implements Peer {

    private final long id;
    private final Channel channel;
    private final InetSocketAddress address;
    private final PeerRole role;
    private final boolean outgoing;
    private final String userAgent;
    private final boolean compressedIn;
    private final boolean compressedOut;
    private final boolean byePackets;
    private final int maxTtl;
    private final Optional<Guid> servent;
    private final Instant connectedAt = Instant.now();
    private final AtomicLong in = new AtomicLong();
    private final AtomicLong out = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile long lastReadNanos = System.nanoTime();

    Connection(long id, Channel channel, PeerRole role, boolean outgoing, String userAgent, boolean compressedIn,
            boolean compressedOut, boolean byePackets, int maxTtl, Optional<Guid> servent) {
        this.id = id;
        this.channel = channel;
        this.address = (InetSocketAddress) channel.remoteAddress();
        this.role = role;
        this.outgoing = outgoing;
        this.userAgent = userAgent;
        this.compressedIn = compressedIn;
        this.compressedOut = compressedOut;
        this.byePackets = byePackets;
        this.maxTtl = maxTtl;
        this.servent = servent;
    }

    boolean compressedIn() {
        return compressedIn;
    }

    boolean compressedOut() {
        return compressedOut;
    }

    /** The servent GUID the peer announced in its handshake, if any. */
    Optional<Guid> servent() {
        return servent;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public int maxTtl() {
        return maxTtl;
    }

    @Override
    public boolean isOpen() {
        return channel.isActive();
    }

    @Override
    public boolean send(Message message) {
        if (!channel.isActive() || !channel.isWritable()) {
            dropped();
            return false;
        }
        channel.writeAndFlush(message).addListener(f -> {
            if (f.isSuccess()) {
                sent();
            } else {
                dropped();
            }
        });
        return true;
    }

    Channel channel() {
        return channel;
    }

    @Override
    public PeerRole role() {
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
