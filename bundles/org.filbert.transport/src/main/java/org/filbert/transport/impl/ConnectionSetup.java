package org.filbert.transport.impl;

import java.net.InetSocketAddress;

import org.filbert.wire.WireLimits;
import org.osgi.service.log.Logger;

/**
 * What every new connection needs: our handshake offer, the registry, the wire limits, the
 * transport settings, where we listen, the log. Immutable; shared by all connections.
 */
record ConnectionSetup(HandshakeOffer offer, ConnectionRegistry registry, WireLimits limits, TransportConfig config,
        InetSocketAddress listen, Logger log) {
}
