package org.filbert.routing.impl;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Peer;
import org.filbert.wire.Message;

/**
 * This node itself as the end of a route: what is routed "back" to it is delivered
 * locally by the core, never sent. Immutable.
 */
final class LocalPeer implements Peer {

    /** Both ends' address: this node is no connection. */
    private static final InetSocketAddress NOWHERE = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    @Override
    public long id() {
        return 0;
    }

    @Override
    public PeerRole role() {
        return PeerRole.LEAF;
    }

    @Override
    public int maxTtl() {
        return 0;
    }

    @Override
    public boolean isOpen() {
        return false;
    }

    @Override
    public boolean send(Message message) {
        return false;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.empty();
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return NOWHERE;
    }

    @Override
    public InetSocketAddress localAddress() {
        return NOWHERE;
    }

    @Override
    public void close(int code, String reason) {
        throw new UnsupportedOperationException("the local route cannot be closed");
    }
}
