package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.api.network.PeerInfo;
import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Peer;
import org.filbert.wire.Guid;
import org.filbert.wire.Message;
import org.filbert.wire.Query;
import org.filbert.wire.handshake.HandshakeHeaders;
import org.filbert.wire.vendor.VendorKey;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;

/**
 * One established Gnutella connection: what the handshake settled, what the peer said it
 * supports, the traffic counters, and the {@link Peer} routing sends through. Sending never
 * blocks: a message is encoded (once for all its targets, {@link EncodedMessages}) into the
 * connection's {@link SendQueue}, and the event loop
 * moves it to the socket while the channel's outbound buffer is below its high-water mark,
 * so a peer that reads slowly costs at most the queue's bytes and loses the least valuable
 * traffic first. Queries at or above the peer's hops-flow limit (BEAR/4) are not sent.
 * Settled fields are final; the rest is atomic or volatile; thread-safe.
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
    private final SendQueue queue;
    private final TransportDrops drops;
    private final HandshakeHeaders headers;
    private final Optional<InetSocketAddress> listensAt;
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private volatile long lastReadNanos = System.nanoTime();
    /** Queries with this many hops or more are not sent (BEAR/4); 256 = no limit. */
    private volatile int hopsFlow = NO_HOPS_FLOW;
    private volatile Set<VendorKey> supported = Set.of();

    static final int NO_HOPS_FLOW = 256;

    Connection(long id, Channel channel, InetSocketAddress address, PeerRole role, boolean outgoing, String userAgent, boolean compressedIn,
            boolean compressedOut, boolean byePackets, int maxTtl, Optional<Guid> servent, int maxQueueBytes,
            TransportDrops drops, HandshakeHeaders headers) {
        this.id = id;
        this.channel = channel;
        this.address = address;
        this.role = role;
        this.outgoing = outgoing;
        this.userAgent = userAgent;
        this.compressedIn = compressedIn;
        this.compressedOut = compressedOut;
        this.byePackets = byePackets;
        this.maxTtl = maxTtl;
        this.servent = servent;
        this.drops = drops;
        this.headers = headers;
        this.listensAt = outgoing ? Optional.of(address)
                : HostHeaders.parse(headers.get("Listen-IP").or(() -> headers.get("Node")).or(() -> headers.get("X-Node")))
                        .stream().findFirst();
        this.queue = new SendQueue(maxQueueBytes, lane -> dropped("queue full: " + lane.label()));
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
        if (!channel.isActive()) {
            dropped("connection closed");
            return false;
        }
        if (message instanceof Query query && query.routing().hops() >= hopsFlow) {
            dropped("hops flow");
            return false;
        }
        if (!queue.offer(SendQueue.Lane.of(message), EncodedMessages.of(message))) {
            return false;
        }
        if (drainScheduled.compareAndSet(false, true)) {
            channel.eventLoop().execute(this::drain);
        }
        return true;
    }

    @Override
    public Optional<String> header(String name) {
        return headers.get(name);
    }

    @Override
    public void close(int code, String reason) {
        PeerHandler handler = channel.pipeline().get(PeerHandler.class);
        ChannelHandlerContext ctx = channel.pipeline().context(PeerHandler.class);
        if (handler == null || ctx == null) {
            channel.close();
        } else {
            channel.eventLoop().execute(() -> handler.close(ctx, code, reason));
        }
    }

    /** Moves queued messages to the socket while it takes them. Event loop only. */
    void drain() {
        drainScheduled.set(false);
        boolean wrote = false;
        while (channel.isWritable()) {
            ByteBuf next = queue.poll();
            if (next == null) {
                break;
            }
            channel.write(next);
            out.incrementAndGet();
            wrote = true;
        }
        if (wrote) {
            channel.flush();
        }
    }

    /** Releases what is still queued; the channel closed. */
    void closed() {
        queue.clear();
    }

    int queuedBytes() {
        return queue.bytes();
    }

    /** The peer's hops-flow limit (BEAR/4): queries with at least this many hops are not sent. */
    void hopsFlow(int maxHops) {
        hopsFlow = maxHops;
    }

    /** The vendor messages the peer listed in its Messages-Supported. */
    void supported(Set<VendorKey> messages) {
        supported = Set.copyOf(messages);
    }

    boolean supports(VendorKey message) {
        return supported.contains(message);
    }

    Channel channel() {
        return channel;
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return address;
    }

    @Override
    public InetSocketAddress localAddress() {
        return (InetSocketAddress) channel.localAddress();
    }

    /**
     * Where the peer accepts connections: the address we dialled, or what it announced in
     * its handshake ({@code Listen-IP}, gtk-gnutella's {@code Node}, {@code X-Node}).
     */
    Optional<InetSocketAddress> listenAddress() {
        return listensAt;
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

    /** A message received or to send that was dropped, with why. */
    void dropped(String reason) {
        dropped.incrementAndGet();
        drops.count(reason);
    }

    long nanosSinceRead() {
        return System.nanoTime() - lastReadNanos;
    }

    PeerInfo snapshot() {
        return new PeerInfo(id, address, role, outgoing, userAgent, connectedAt, in.get(), out.get(), dropped.get(),
                compressedIn, compressedOut, listenAddress());
    }
}
