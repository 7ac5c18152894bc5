package org.filbert.api.network;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one Gnutella connection, for user interfaces. Immutable.
 *
 * @param id the connection's number on this node, for {@code disconnect}
 * @param address the peer's address as connected
 * @param role what the peer is for us
 * @param outgoing true when we connected to it
 * @param userAgent the peer's {@code User-Agent}, or empty
 * @param connectedAt when the handshake completed
 * @param messagesIn messages received and decoded
 * @param messagesOut messages written
 * @param dropped messages received but dropped (malformed, unknown) or not sent (queue full)
 * @param compressedIn whether the peer deflates what it sends
 * @param compressedOut whether we deflate what we send
 * @param listensAt where the peer accepts connections (the address we dialled, or what it
 *        announced), if known
 */
public record PeerInfo(long id, InetSocketAddress address, PeerRole role, boolean outgoing, String userAgent,
        Instant connectedAt, long messagesIn, long messagesOut, long dropped, boolean compressedIn, boolean compressedOut,
        Optional<InetSocketAddress> listensAt) {

    public PeerInfo {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(listensAt, "listensAt");
    }
}
