package org.filbert.routing.qrp.impl;

import java.util.Collection;
import java.util.List;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.wire.Query;
import org.osgi.service.component.annotations.Component;

/**
 * Gnutella 0.6 ultrapeer routing: a leaf sends its own queries to its ultrapeers and
 * forwards nothing; an ultrapeer forwards to its other ultrapeers and to its leaves.
 * Query routing tables (filtering the last hop and each leaf by its table) join this
 * strategy with the QRP bundle; until then every leaf gets every query. Stateless;
 * thread-safe.
 */
@Component(property = RoutingStrategy.NAME + "=qrp")
public final class UltrapeerStrategy implements RoutingStrategy {

    @Override
    public List<Peer> targets(boolean ultrapeer, Query query, Peer from, Collection<Peer> peers) {
        if (!ultrapeer) {
            return from == null ? peers.stream().filter(p -> p.role() == PeerRole.ULTRAPEER).toList() : List.of();
        }
        return peers.stream().filter(p -> p != from).toList();
    }
}
