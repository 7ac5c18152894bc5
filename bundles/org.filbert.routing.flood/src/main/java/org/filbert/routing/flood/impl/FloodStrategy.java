package org.filbert.routing.flood.impl;

import java.util.Collection;
import java.util.List;

import org.filbert.routing.api.Peer;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.wire.Query;
import org.osgi.service.component.annotations.Component;

/**
 * Gnutella 0.4 broadcast: every query goes to every connection but the one it came from,
 * whatever the roles. The first network's design, kept for comparison and small meshes.
 * Stateless; thread-safe.
 */
@Component(property = RoutingStrategy.NAME + "=flood")
public final class FloodStrategy implements RoutingStrategy {

    @Override
    public List<Peer> targets(boolean ultrapeer, Query query, Peer from, Collection<Peer> peers) {
        return peers.stream().filter(p -> p != from).toList();
    }
}
