package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerCounts;
import org.filbert.dq.api.DynamicQueries;
import org.filbert.qrp.api.QueryRoutes;
import org.filbert.routing.api.RoutingStatus;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Stopping and starting the query routing and dynamic querying bundles while an ultrapeer
 * peer is connected: the connection and the routing core stay, queries are still routed
 * while they are gone, and the restarted tables learn the open connection again.
 */
class QueryRoutingSwapTest {

    private static long queriesReceived(RoutingStatus routing) {
        return routing.counters().getOrDefault("query", java.util.Map.of()).getOrDefault("received", 0L);
    }

    @Test
    void qrpAndDqBundlesComeAndGoUnderALiveConnection() throws Exception {
        NetworkStatus network = Osgi.service(NetworkStatus.class);
        RoutingStatus routing = Osgi.service(RoutingStatus.class);
        Osgi.until(() -> Osgi.registered(QueryRoutes.class) && Osgi.registered(DynamicQueries.class),
                "query routing and dynamic querying running");
        long coreId = Osgi.serviceId(RoutingStatus.class);
        long before = queriesReceived(routing);
        try (Socket peer = new Socket(InetAddress.getLoopbackAddress(), network.listenAddress().getPort())) {
            RawUltrapeer.handshake(peer, "X-Ultrapeer-Query-Routing: 0.1\r\n");
            Osgi.until(() -> network.peerCounts().ultrapeers() >= 1, "the peer is connected");
            PeerCounts connected = network.peerCounts();
            Osgi.until(() -> Osgi.service(QueryRoutes.class).tables().stream().anyMatch(t -> t.name().equals("ours")),
                    "our table is listed");

            Bundle qrp = Osgi.bundle("org.filbert.qrp");
            Bundle dq = Osgi.bundle("org.filbert.dq");
            dq.stop();
            qrp.stop();
            Osgi.until(() -> !Osgi.registered(QueryRoutes.class), "query routing gone");
            RawUltrapeer.sendQuery(peer, 71);
            Osgi.until(() -> queriesReceived(routing) == before + 1, "a query routed without query routing");

            qrp.start();
            dq.start();
            Osgi.until(() -> Osgi.registered(QueryRoutes.class) && Osgi.registered(DynamicQueries.class),
                    "both back");
            RawUltrapeer.sendQuery(peer, 72);
            Osgi.until(() -> queriesReceived(routing) == before + 2, "a query routed with them back");
            assertThat(network.peerCounts()).isEqualTo(connected);
            RawUltrapeer.assertOpen(peer);
            assertThat(Osgi.serviceId(RoutingStatus.class)).as("the routing core was not restarted").isEqualTo(coreId);
        }
    }
}
