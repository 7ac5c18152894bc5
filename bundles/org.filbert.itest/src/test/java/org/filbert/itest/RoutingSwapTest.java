package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerCounts;
import org.filbert.routing.api.RoutingStatus;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;


/**
 * Swapping routing strategies while a peer is connected: choosing another strategy,
 * stopping one strategy bundle and updating another drop no connection and no route, and
 * the routing core stays the same registration throughout.
 */
class RoutingSwapTest {

    private static long queriesReceived(RoutingStatus routing) {
        return routing.counters().getOrDefault("query", java.util.Map.of()).getOrDefault("received", 0L);
    }

    @Test
    void strategySwitchesAndBundleSwapsKeepConnectionsAndRoutes() throws Exception {
        NetworkStatus network = Osgi.service(NetworkStatus.class);
        RoutingStatus routing = Osgi.service(RoutingStatus.class);
        Osgi.until(() -> routing.strategies().contains("flood") && routing.strategies().contains("qrp"), "both strategies");
        long coreId = Osgi.serviceId(RoutingStatus.class);
        long before = queriesReceived(routing);
        try (Socket peer = new Socket(InetAddress.getLoopbackAddress(), network.listenAddress().getPort())) {
            RawUltrapeer.handshake(peer, "");
            Osgi.until(() -> network.peerCounts().equals(new PeerCounts(1, 0)), "the peer is connected");
            RawUltrapeer.sendQuery(peer, 1);
            Osgi.until(() -> queriesReceived(routing) == before + 1, "the first query routed");
            int routes = routing.routeTableSizes().get("queries");
            assertThat(routes).isPositive();

            routing.use("flood");
            assertThat(routing.active()).isEqualTo("flood");
            Bundle qrp = Osgi.bundle("org.filbert.routing.qrp");
            Bundle flood = Osgi.bundle("org.filbert.routing.flood");
            qrp.stop();
            flood.update();
            Osgi.context().getBundle(0).adapt(FrameworkWiring.class).refreshBundles(java.util.List.of(flood));
            Osgi.until(() -> flood.getState() == Bundle.ACTIVE && routing.strategies().equals(java.util.List.of("flood")),
                    "the updated flood strategy back, qrp gone");

            RawUltrapeer.sendQuery(peer, 2);
            Osgi.until(() -> queriesReceived(routing) == before + 2, "the second query routed after the swaps");
            assertThat(network.peerCounts()).isEqualTo(new PeerCounts(1, 0));
            RawUltrapeer.assertOpen(peer);
            assertThat(routing.routeTableSizes().get("queries")).as("routes kept").isEqualTo(routes + 1);
            assertThat(Osgi.serviceId(RoutingStatus.class)).as("the routing core was not restarted").isEqualTo(coreId);
            qrp.start();
            Osgi.until(() -> routing.strategies().contains("qrp"), "qrp back");
            routing.use("qrp");
        }
    }
}
