package org.filbert.api.network;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the node listens and how many peers it holds. Provided by the transport;
 * implementations are thread-safe and answer without blocking.
 */
@ProviderType
public interface NetworkStatus {

    /** The bound TCP address (the UDP endpoint shares its port). */
    InetSocketAddress listenAddress();

    /**
     * The IPv4 address and port others are told to reach us at (in our hits, pushes,
     * {@code X-Node}): where we listen, or the loopback address when we listen on all of them
     * (we do not learn our external address yet).
     */
    default InetSocketAddress announcedAddress() {
        InetSocketAddress listen = listenAddress();
        java.net.InetAddress ip = listen.getAddress() instanceof java.net.Inet4Address && !listen.getAddress().isAnyLocalAddress()
                ? listen.getAddress() : java.net.InetAddress.getLoopbackAddress();
        return new InetSocketAddress(ip, listen.getPort());
    }

    /** Whether {@code address} is this node: our port on the address we listen at or on one of this machine's. */
    default boolean isUs(InetSocketAddress address) {
        return isUs(address, listenAddress());
    }

    /**
     * Whether {@code address} is a node listening at {@code listen}: its port, on the listen
     * address, a loopback or wildcard address, or one of this machine's interfaces' addresses.
     */
    static boolean isUs(InetSocketAddress address, InetSocketAddress listen) {
        if (address.getPort() != listen.getPort() || address.getAddress() == null) {
            return false;
        }
        java.net.InetAddress ip = address.getAddress();
        if (ip.isLoopbackAddress() || ip.isAnyLocalAddress() || ip.equals(listen.getAddress())) {
            return true;
        }
        try {
            return java.net.NetworkInterface.getByInetAddress(ip) != null;
        } catch (java.net.SocketException e) {
            return false;
        }
    }

    /** Current connections by peer role. */
    PeerCounts peerCounts();

    /** Snapshots of the current connections, oldest first. */
    List<PeerInfo> peers();

    /** What this node is now: a leaf, or an ultrapeer (by configuration or by promotion). */
    PeerRole role();

    /** Whether another host has connected to us since we started, proving that we can be reached. */
    boolean reachable();

    /** Messages the transport dropped since it started, by reason (malformed, queue full by lane, hops flow...). */
    Map<String, Long> drops();
}
