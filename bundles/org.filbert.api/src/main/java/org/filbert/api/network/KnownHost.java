package org.filbert.api.network;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;

/**
 * A servent the node has heard of and may connect to. Immutable.
 *
 * @param address where it listens
 * @param ultrapeer whether it said it is an ultrapeer
 * @param lastSeen when we last heard of it or from it
 * @param failures connection attempts that failed since it last worked
 * @param source how we learnt it: configured, pong, x-try-ultrapeers, listen-ip, connected
 */
public record KnownHost(InetSocketAddress address, boolean ultrapeer, Instant lastSeen, int failures, String source) {

    public KnownHost {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(source, "source");
    }
}
