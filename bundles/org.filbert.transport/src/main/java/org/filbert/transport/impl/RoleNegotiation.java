package org.filbert.transport.impl;

import java.util.Locale;
import java.util.Optional;

import org.filbert.api.network.PeerRole;
import org.filbert.wire.Guid;
import org.filbert.wire.handshake.HandshakeHeaders;

/**
 * The 0.6 role rules and the handshake headers they read, as pure functions: what a peer
 * is from its {@code X-Ultrapeer} header, its servent GUID, TTL limit and compression, whether we take an incoming connection (a leaf takes only ultrapeers, up to its
 * count; an ultrapeer takes ultrapeers and leaves up to their limits), and whether we keep
 * an outgoing one after the peer's answer. Stateless.
 */
final class RoleNegotiation {

    /**
     * Our answer to a handshake: 200 or a refusal with its reason. A 200 with
     * {@code guideToLeaf} accepts an ultrapeer only if it becomes our leaf
     * ({@code X-Ultrapeer-Needed: False}).
     */
    record Decision(int code, String reason, boolean guideToLeaf) {
        static final Decision OK = new Decision(200, "OK", false);

        Decision(int code, String reason) {
            this(code, reason, false);
        }

        boolean accepted() {
            return code == 200;
        }
    }

    private RoleNegotiation() {
    }

    static PeerRole roleOf(HandshakeHeaders headers) {
        return headers.get("X-Ultrapeer").map(v -> v.trim().toLowerCase(Locale.ROOT).equals("true")).orElse(false)
                ? PeerRole.ULTRAPEER
                : PeerRole.LEAF;
    }

    /** The servent GUID a peer announces in its {@code GUID} header (32 hex digits), if any. */
    static Optional<Guid> serventOf(HandshakeHeaders headers) {
        return headers.get("GUID").map(String::trim).filter(v -> v.matches("[0-9a-fA-F]{32}")).map(Guid::fromHex);
    }

    /** Why we refuse a servent we are (or already have), else empty. */
    static Optional<Decision> duplicate(Guid self, Optional<Guid> peer, ConnectionRegistry registry) {
        if (peer.isPresent() && peer.get().equals(self)) {
            return Optional.of(new Decision(409, "Connected to self"));
        }
        return registry.holds(peer) ? Optional.of(new Decision(409, "Already connected")) : Optional.empty();
    }

    /**
     * Whether we, in role {@code self}, accept a peer in role {@code peer} given the free
     * slots. An ultrapeer with its ultrapeer slots full but leaf slots free guides another
     * ultrapeer to become its leaf (leaf guidance) rather than refusing it.
     */
    static Decision incoming(PeerRole self, PeerRole peer, ConnectionRegistry registry) {
        if (self == PeerRole.LEAF && peer == PeerRole.LEAF) {
            return new Decision(503, "Shielded leaf node");
        }
        if (self == PeerRole.ULTRAPEER && peer == PeerRole.ULTRAPEER && !registry.hasRoom(peer)
                && registry.hasRoom(PeerRole.LEAF)) {
            return new Decision(200, "OK", true);
        }
        if (!registry.hasRoom(peer)) {
            return new Decision(503, peer == PeerRole.LEAF ? "Too many leaves" : "Too many ultrapeers");
        }
        return Decision.OK;
    }

    /** Why we, having connected out, drop a peer that accepted us; empty when we keep it. */
    static Optional<String> outgoingProblem(PeerRole self, PeerRole peer) {
        if (self == PeerRole.LEAF && peer == PeerRole.LEAF) {
            return Optional.of("the peer is a leaf and so are we");
        }
        return Optional.empty();
    }

    /**
     * Whether we, an ultrapeer by promotion ({@code auto} mode) with no leaves yet, follow the
     * answering ultrapeer's guidance to become its leaf ({@code X-Ultrapeer-Needed: False}).
     */
    static boolean followsLeafGuidance(boolean promoted, PeerRole self, PeerRole peer, HandshakeHeaders answer,
            ConnectionRegistry registry) {
        return promoted && self == PeerRole.ULTRAPEER && peer == PeerRole.ULTRAPEER
                && answer.get("X-Ultrapeer-Needed").map(v -> v.trim().equalsIgnoreCase("false")).orElse(false)
                && registry.counts().leaves() == 0;
    }

    /** TTL limit assumed for a peer that announces none. */
    static final int DEFAULT_MAX_TTL = 7;

    /** The TTL limit a peer announced with X-Max-TTL, or {@link #DEFAULT_MAX_TTL}. */
    static int maxTtlOf(HandshakeHeaders headers) {
        try {
            return headers.get("X-Max-TTL").map(v -> Integer.parseInt(v.trim())).filter(t -> t >= 1 && t <= 255)
                    .orElse(DEFAULT_MAX_TTL);
        } catch (NumberFormatException e) {
            return DEFAULT_MAX_TTL;
        }
    }

    static boolean acceptsDeflate(HandshakeHeaders headers) {
        return headers.get("Accept-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("deflate")).orElse(false);
    }

    static boolean sendsDeflate(HandshakeHeaders headers) {
        return headers.get("Content-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("deflate")).orElse(false);
    }
}
