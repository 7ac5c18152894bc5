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
}
