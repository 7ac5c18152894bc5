package org.filbert.routing.api;

import java.net.InetSocketAddress;
import java.util.Optional;

import org.filbert.api.network.PeerRole;
import org.filbert.wire.Message;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A Gnutella connection as routing sees it. Implemented by the transport; thread-safe.
 * Equality is identity: one object per connection.
 */
@ProviderType
public interface Peer {

    /** The connection's number on this node. */
    long id();

    /** What the peer is for us. */
    PeerRole role();

    /** The largest TTL the peer accepts on queries (its {@code X-Max-TTL}, or a default). */
    int maxTtl();

    /** Whether the peer is still connected. */
    boolean isOpen();

    /**
     * Queues a message to the peer, without blocking.
     *
     * @return false when it was not queued (the connection is closed or its queue is full)
     */
    boolean send(Message message);

    /** A header the peer sent in its handshake (name compared without case), e.g. {@code X-Query-Routing}. */
    Optional<String> header(String name);

    /** The peer's end of the connection: its address and the port the connection came from or went to. */
    InetSocketAddress remoteAddress();

    /**
     * Our end of the connection: the address the peer reached us at (or we left from), which
     * names us to it when we listen on every interface.
     */
    InetSocketAddress localAddress();

    /** Closes the connection for a protocol reason, with a Bye where the peer understands it. */
    void close(int code, String reason);
}
