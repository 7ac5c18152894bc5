package org.filbert.routing.api;

import org.filbert.wire.Message;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Handles the hop-to-hop messages of one protocol extension (query routing tables, for
 * one) for every connection. Register one as a service: the routing core tells it about
 * each connection and hands it the messages it {@link #handles}, after counting them; a
 * handler that appears while the node runs learns the open connections first.
 * Implementations never block (they run on the connection's event loop) and are thread-safe.
 */
@ConsumerType
public interface PeerMessageHandler {

    /** Whether this handler takes {@code message}. */
    boolean handles(Message message);

    void received(Peer from, Message message);

    void connected(Peer peer);

    void disconnected(Peer peer);
}
