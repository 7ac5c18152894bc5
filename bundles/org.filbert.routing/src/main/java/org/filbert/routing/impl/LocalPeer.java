package org.filbert.routing.impl;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Peer;
import org.filbert.wire.Message;

/**
 * This node itself as the end of a route: what is routed "back" to it is delivered
 * locally by the core, never sent. Immutable.
 */
final class LocalPeer implements Peer {

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
}
