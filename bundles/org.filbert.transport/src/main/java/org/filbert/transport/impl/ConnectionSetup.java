package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.filbert.api.network.HostCache;
import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerRole;
import org.filbert.api.network.SharedFiles;
import org.filbert.routing.api.Router;
import org.filbert.wire.WireLimits;
import org.filbert.wire.handshake.HandshakeHeaders;
import org.osgi.service.log.Logger;

import io.netty.channel.Channel;

/**
 * What every new connection needs: our handshake offer, the registry, the wire limits, the
 * transport settings, where we listen, the log, the routing core and host cache of the
 * moment (null while none runs), and the transport-wide parts connections share: drop
 * counters, the pong cache, reachability and connect-back answers, what we share (for our
 * pong; null while no library runs), and how to change our role ({@code auto} tells whether the role is ours to change). Immutable; shared by
 * all connections.
 */
record ConnectionSetup(HandshakeOffer offer, ConnectionRegistry registry, WireLimits limits, TransportConfig config,
        InetSocketAddress listen, Logger log, Supplier<Router> router, Supplier<HostCache> hosts, TransportDrops drops,
        PongCache pongs, Reachability reachability, ConnectBack connectBack, boolean auto, Consumer<PeerRole> becomeRole,
        Supplier<SharedFiles> shared) {

    /** An established connection to a peer in {@code role}, settled by the peer's handshake headers. */
    Connection connection(Channel channel, PeerRole role, boolean outgoing, HandshakeHeaders theirs, boolean compressedIn,
            boolean compressedOut) {
        return new Connection(registry.nextId(), channel, (InetSocketAddress) channel.remoteAddress(), role, outgoing, theirs.get("User-Agent").orElse(""),
                compressedIn, compressedOut, theirs.has("Bye-Packet"), RoleNegotiation.maxTtlOf(theirs),
                RoleNegotiation.serventOf(theirs), config.maxQueueBytes(), drops, theirs);
    }

    /** Tells the host cache, if one runs, of a host other than ourselves. */
    void learn(InetSocketAddress address, boolean ultrapeer, String source) {
        HostCache cache = hosts.get();
        if (cache != null && !isUs(address)) {
            cache.learn(address, ultrapeer, source);
        }
    }

    /** Whether {@code address} is where we listen: our port on one of this machine's addresses. */
    boolean isUs(InetSocketAddress address) {
        return NetworkStatus.isUs(address, listen);
    }
}
