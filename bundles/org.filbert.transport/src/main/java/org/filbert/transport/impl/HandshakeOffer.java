package org.filbert.transport.impl;

import java.net.InetSocketAddress;

import org.filbert.api.network.PeerRole;
import org.filbert.wire.Guid;
import org.filbert.wire.handshake.HandshakeHeaders;

/**
 * The headers we send in a 0.6 handshake, announcing only what this node does: our role,
 * servent GUID, GGEP, vendor messages, Bye, query routing tables (a leaf sends its table;
 * an ultrapeer exchanges merged tables with ultrapeers), dynamic querying (as an
 * ultrapeer), compression, and where we listen. Immutable; thread-safe.
 *
 * @param userAgent {@code Filbert/VERSION}
 * @param deflate whether we offer compression
 * @param maxTtl the largest TTL we accept on queries
 * @param degree our ultrapeer connection target, announced as an ultrapeer
 * @param servent our servent GUID, announced so that peers can refuse a second connection
 */
record HandshakeOffer(String userAgent, boolean deflate, int maxTtl, int degree, Guid servent) {

    /** Headers of a request or of our first answer, for a node in role {@code self}. */
    HandshakeHeaders headers(PeerRole self, InetSocketAddress listen, InetSocketAddress remote) {
        HandshakeHeaders.Builder h = HandshakeHeaders.builder()
                .add("User-Agent", userAgent)
                .add("GUID", servent.hex())
                .add("X-Ultrapeer", self == PeerRole.ULTRAPEER ? "True" : "False")
                .add("X-Max-TTL", Integer.toString(maxTtl))
                .add("GGEP", "0.5")
                .add("Vendor-Message", "0.2")
                .add("Bye-Packet", "0.1")
                .add("X-Query-Routing", "0.1");
        if (self == PeerRole.ULTRAPEER) {
            h.add("X-Ultrapeer-Query-Routing", "0.1");
            h.add("X-Dynamic-Querying", "0.1");
            h.add("X-Degree", Integer.toString(degree));
        }
        if (!listen.getAddress().isAnyLocalAddress()) {
            h.add("Listen-IP", listen.getAddress().getHostAddress() + ":" + listen.getPort());
        }
        if (remote != null) {
            h.add("Remote-IP", remote.getAddress().getHostAddress());
        }
        if (deflate) {
            h.add("Accept-Encoding", "deflate");
        }
        return h.build();
    }

    /** Adds {@code Content-Encoding: deflate} when the peer accepts it and we compress. */
    HandshakeHeaders withContentEncoding(HandshakeHeaders base, boolean peerAcceptsDeflate) {
        return deflate && peerAcceptsDeflate ? HandshakeHeadersWith.extra(base, "Content-Encoding", "deflate") : base;
    }
}
