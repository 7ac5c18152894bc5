package org.filbert.wire;

import java.util.Objects;

import org.filbert.wire.internal.Checks;

/**
 * The routing part of a message header: message GUID, TTL and hops. Immutable record, thread-safe.
 */
public record Routing(Guid guid, int ttl, int hops) {
    public Routing {
        Objects.requireNonNull(guid, "guid");
        Checks.u8(ttl, "ttl");
        Checks.u8(hops, "hops");
    }

    /** TTL 1, hops 0: how vendor messages, QRP updates and handshake pings are sent. */
    public static Routing direct(Guid guid) {
        return new Routing(guid, 1, 0);
    }

    /** Whether a forwarded copy would still have a TTL of at least 1. */
    public boolean forwardable() {
        return ttl > 1 && hops < 0xFF;
    }

    /** The routing of a forwarded copy: TTL - 1, hops + 1. */
    public Routing forwarded() {
        if (!forwardable()) {
            throw new IllegalStateException("cannot forward with ttl " + ttl + " hops " + hops);
        }
        return new Routing(guid, ttl - 1, hops + 1);
    }
}
