package org.filbert.api.network;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

/** Opening and closing Gnutella connections by hand. Provided by the transport; thread-safe. */
@ProviderType
public interface NetworkControl {

    /**
     * Connects and performs the 0.6 handshake.
     *
     * @return completes with the new connection, or exceptionally with a one-line reason
     *         (refused with its status, unreachable, timed out, no free slot)
     */
    CompletionStage<PeerInfo> connect(InetSocketAddress address);

    /**
     * Closes a connection with a Bye where the peer understands it.
     *
     * @return false when no connection has this id
     */
    boolean disconnect(long id);

    /**
     * Takes another role: the connections made in the old one are closed with a Bye and
     * replaced by the connection manager. Nothing happens when the role is the current one.
     */
    void changeRole(PeerRole role);

    /**
     * Asks a UDP host cache for hosts: a UDP ping with GGEP {@code SCP}; the pong's packed
     * {@code IPP} hosts go into the host cache.
     */
    void requestHosts(InetSocketAddress udpHostCache);
}
