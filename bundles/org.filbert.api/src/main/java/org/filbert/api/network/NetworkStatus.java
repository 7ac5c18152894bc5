package org.filbert.api.network;

import java.net.InetSocketAddress;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the node listens and how many peers it holds. Provided by the transport;
 * implementations are thread-safe and answer without blocking.
 */
@ProviderType
public interface NetworkStatus {

    /** The bound TCP address (the UDP endpoint shares its port). */
    InetSocketAddress listenAddress();

    /** Current connections by peer role. */
    PeerCounts peerCounts();

    /** Snapshots of the current connections, oldest first. */
    List<PeerInfo> peers();
}
