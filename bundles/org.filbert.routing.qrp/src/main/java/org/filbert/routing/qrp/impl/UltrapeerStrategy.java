package org.filbert.routing.qrp.impl;

import java.util.Collection;
import java.util.List;

import org.filbert.api.network.PeerRole;
import org.filbert.qrp.api.QueryRoutes;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.wire.Query;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Gnutella 0.6 ultrapeer routing with query routing tables: a leaf sends its own queries to
 * its ultrapeers and forwards nothing; an ultrapeer forwards to its other ultrapeers and to
 * those of its leaves whose table may match (a leaf that sent no table gets nothing), and
 * filters the last hop (TTL 1 on arrival) to an ultrapeer through that ultrapeer's table
 * when it sent one. While the QRP bundle is not running every leaf gets every query.
 * Thread-safe; holds no routing state of its own.
 */
@Component(property = RoutingStrategy.NAME + "=qrp")
public final class UltrapeerStrategy implements RoutingStrategy {

    private volatile QueryRoutes routes;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindRoutes(QueryRoutes tables) {
        routes = tables;
    }

    public void unbindRoutes(QueryRoutes tables) {
        if (routes == tables) {
            routes = null;
        }
    }

    @Override
    public List<Peer> targets(boolean ultrapeer, Query query, Peer from, Collection<Peer> peers) {
        if (!ultrapeer) {
            return from == null ? peers.stream().filter(p -> p.role() == PeerRole.ULTRAPEER).toList() : List.of();
        }
        QueryRoutes tables = routes;
        return peers.stream().filter(p -> p != from).filter(p -> tables == null || passes(tables, p, query)).toList();
    }

    private static boolean passes(QueryRoutes tables, Peer peer, Query query) {
        if (peer.role() == PeerRole.LEAF) {
            return tables.mayMatch(peer, query).orElse(false);
        }
        boolean lastHop = Math.min(query.routing().ttl(), peer.maxTtl()) <= 1;
        return !lastHop || tables.mayMatch(peer, query).orElse(true);
    }
}
