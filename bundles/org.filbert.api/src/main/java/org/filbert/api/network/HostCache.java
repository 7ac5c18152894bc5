package org.filbert.api.network;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The servents the node knows of, kept across restarts, bounded in size. The transport
 * feeds it from pongs and handshake headers and asks it whom to connect to. Provided by
 * {@code org.filbert.hostcache}; thread-safe.
 */
@ProviderType
public interface HostCache {

    /** Records a host heard of (refreshing it if known). */
    void learn(InetSocketAddress address, boolean ultrapeer, String source);

    /** A connection to it worked: its failures are forgotten. */
    void connected(InetSocketAddress address);

    /** A connection attempt failed: it is tried later, and dropped after repeated failures. */
    void failed(InetSocketAddress address);

    /**
     * The best host to try next: an ultrapeer if {@code ultrapeersOnly}, not in
     * {@code exclude}, fewest failures and most recently seen first.
     */
    Optional<KnownHost> next(boolean ultrapeersOnly, Set<InetSocketAddress> exclude);

    /** Every known host, most recently seen first. */
    List<KnownHost> hosts();
}
