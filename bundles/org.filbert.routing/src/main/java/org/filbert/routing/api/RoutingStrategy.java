package org.filbert.routing.api;

import java.util.Collection;
import java.util.List;

import org.filbert.wire.Query;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decides where a query goes: the routing core has already dropped duplicates and capped
 * TTL and hops, and will forward a copy with TTL−1, hops+1 to each peer returned.
 * Register one as a service with the property {@value #NAME}; the core uses the one its
 * configuration names. Implementations are stateless and thread-safe.
 */
@ConsumerType
public interface RoutingStrategy {

    /** The service property naming a strategy, e.g. {@code flood} or {@code qrp}. */
    String NAME = "filbert.routing.strategy";

    /**
     * The peers a query should be forwarded (or, for our own, sent) to.
     *
     * @param ultrapeer whether this node is an ultrapeer (else a leaf)
     * @param query the query as received
     * @param from the peer it came from, or null for this node's own query
     * @param peers every open connection, {@code from} included
     */
    List<Peer> targets(boolean ultrapeer, Query query, Peer from, Collection<Peer> peers);
}
