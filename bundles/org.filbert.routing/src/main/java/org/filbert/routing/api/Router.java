package org.filbert.routing.api;

import org.filbert.api.network.PeerRole;
import org.filbert.wire.Message;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The routing core. The transport tells it about connections and hands it every message
 * a peer sends; it never blocks (it runs on the connection's event loop). Thread-safe.
 */
@ProviderType
public interface Router {

    void connected(Peer peer);

    void disconnected(Peer peer);

    void received(Peer from, Message message);

    /** This node's role now (an {@code auto} node starts as a leaf and may be promoted). */
    void role(PeerRole self);
}
