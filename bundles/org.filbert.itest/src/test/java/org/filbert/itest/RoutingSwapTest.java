package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerCounts;
import org.filbert.routing.api.RoutingStatus;
import org.filbert.wire.Guid;
import org.filbert.wire.Messages;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Swapping routing strategies while a peer is connected: choosing another strategy,
 * stopping one strategy bundle and updating another drop no connection and no route, and
 * the routing core stays the same registration throughout.
 */
class RoutingSwapTest {

    private static void handshakeAsUltrapeer(Socket s) throws Exception {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        out.write("GNUTELLA CONNECT/0.6\r\nUser-Agent: itest\r\nX-Ultrapeer: True\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        StringBuilder answer = new StringBuilder();
        while (!answer.toString().endsWith("\r\n\r\n")) {
            answer.append((char) in.read());
        }
        assertThat(answer.toString()).startsWith("GNUTELLA/0.6 200");
        out.write("GNUTELLA/0.6 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void sendQuery(Socket s, int n) throws Exception {
        byte[] g = new byte[16];
        g[0] = (byte) n;
        g[8] = (byte) 0xFF;
        ByteBuf buf = Unpooled.buffer();
        Messages.encode(new Query(new Routing(Guid.of(g), 2, 0), Query.FLAG_NEW_SEMANTICS, "swap " + n, ExtensionBlock.EMPTY), buf);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        buf.release();
        s.getOutputStream().write(bytes);
    }

    private static void assertOpen(Socket s) throws Exception {
        s.setSoTimeout(200);
        try {
            int b = s.getInputStream().read();
            assertThat(b).as("the connection must not be closed").isNotEqualTo(-1);
        } catch (SocketTimeoutException stillOpen) {
            // nothing to read: open
        }
    }

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
            handshakeAsUltrapeer(peer);
            Osgi.until(() -> network.peerCounts().equals(new PeerCounts(1, 0)), "the peer is connected");
            sendQuery(peer, 1);
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

            sendQuery(peer, 2);
            Osgi.until(() -> queriesReceived(routing) == before + 2, "the second query routed after the swaps");
            assertThat(network.peerCounts()).isEqualTo(new PeerCounts(1, 0));
            assertOpen(peer);
            assertThat(routing.routeTableSizes().get("queries")).as("routes kept").isEqualTo(routes + 1);
            assertThat(Osgi.serviceId(RoutingStatus.class)).as("the routing core was not restarted").isEqualTo(coreId);
            qrp.start();
            Osgi.until(() -> routing.strategies().contains("qrp"), "qrp back");
            routing.use("qrp");
        }
    }
}
