package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.util.function.Supplier;

import org.filbert.api.network.HostCache;
import org.filbert.routing.api.Router;
import org.filbert.wire.WireLimits;
import org.osgi.service.log.Logger;

/**
 * What every new connection needs: our handshake offer, the registry, the wire limits, the
 * transport settings, where we listen, the log, and the routing core and host cache of
 * the moment (null while none runs). Immutable; shared by all connections.
 */
record ConnectionSetup(HandshakeOffer offer, ConnectionRegistry registry, WireLimits limits, TransportConfig config,
        InetSocketAddress listen, Logger log, Supplier<Router> router, Supplier<HostCache> hosts) {

    /** Tells the host cache, if one runs. */
    void learn(InetSocketAddress address, boolean ultrapeer, String source) {
        HostCache cache = hosts.get();
        if (cache != null) {
            cache.learn(address, ultrapeer, source);
        }
    }
}
