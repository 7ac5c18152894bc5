package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.filbert.wire.Guid;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.vendor.HopsFlow;
import org.filbert.wire.vendor.MessagesSupported;
import org.filbert.wire.vendor.TcpConnectBack;
import org.filbert.wire.vendor.VendorRegistry;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Vendor messages between nodes on 127.0.0.1: a leaf that does not know whether it is
 * reachable asks its ultrapeer to connect back (BEAR/7) and learns that it is; a leaf's
 * hops-flow 0 (BEAR/4) stops its ultrapeer from sending it queries.
 */
class VendorMessagesNetworkTest {

    @RegisterExtension
    final StartedNodes nodes = new StartedNodes();

    private NettyListener node(Mode mode, Object... overrides) throws Exception {
        return nodes.listener(mode, overrides);
    }

    @Test
    void aLeafAsksItsUltrapeerToConnectBackAndLearnsItIsReachable() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER);
        NettyListener leaf = node(Mode.LEAF);
        assertThat(leaf.reachable()).isFalse();
        leaf.connect(up.listenAddress()).toCompletableFuture().get();
        assertThat(up.reachable()).as("the leaf's connection reached the ultrapeer").isTrue();
        TestSupport.until(leaf::reachable, "the ultrapeer connected back to the leaf");
        assertThat(leaf.peerCounts().ultrapeers()).as("the probe is not a connection").isEqualTo(1);
    }

    @Test
    void aConnectBackSaysWhatTheRequesterUnderstands() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER);
        assertThat(connectBackHeard(up, "LimeWire/4.18.8")).isEqualTo("CONNECT BACK\r\n\r\n");
        assertThat(connectBackHeard(up, "gtk-gnutella/1.2.3 (2024-03-03; GTK2; Linux x86_64)")).isEqualTo("\n\n");
    }

    @Test
    void anUltrapeerPassesALeafsConnectBackRequestToAnotherUltrapeerWhichConnectsBack() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER);
        NettyListener other = node(Mode.ULTRAPEER);
        other.connect(up.listenAddress()).toCompletableFuture().get();
        TestSupport.until(() -> up.peerCounts().ultrapeers() == 1, "the ultrapeers connected");
        InetAddress leafAddress = InetAddress.getByName("127.0.0.2");
        try (ServerSocket back = new ServerSocket(0, 4, leafAddress);
                RawPeer leaf = RawPeer.connect(up.listenAddress(), leafAddress, false, "LimeWire/4.18.8", "")) {
            leaf.send(new TcpConnectBack(back.getLocalPort()).toMessage(Routing.direct(Guid.random())));
            back.setSoTimeout(10_000);
            Set<Integer> fromPorts = new HashSet<>();
            for (int i = 0; i < 2; i++) {
                try (Socket s = back.accept()) {
                    assertThat(new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("CONNECT BACK\r\n\r\n");
                    fromPorts.add(s.getPort());
                }
            }
            assertThat(fromPorts).as("two connect-backs: the leaf's own ultrapeer's and the other's, on LIME/7").hasSize(2);
        }
    }

    /** What {@code up} says on the connection it opens when a leaf with {@code agent} asks for a TCP connect-back. */
    private static String connectBackHeard(NettyListener up, String agent) throws Exception {
        try (ServerSocket back = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                RawPeer leaf = RawPeer.connect(up.listenAddress(), false, agent, "")) {
            leaf.send(new TcpConnectBack(back.getLocalPort()).toMessage(Routing.direct(Guid.random())));
            back.setSoTimeout(10_000);
            try (Socket s = back.accept()) {
                return new String(s.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            }
        }
    }

    @Test
    void anUltrapeerAnnouncesWhatItSupportsAndHonoursALeafsHopsFlow() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER);
        try (RawPeer leaf = RawPeer.connect(up.listenAddress(), false, "");
                RawPeer other = RawPeer.connect(up.listenAddress(), true, "")) {
            VendorMessage first = (VendorMessage) leaf.next(m -> m instanceof VendorMessage);
            assertThat(VendorRegistry.standard().decode(first, WireLimits.DEFAULT))
                    .isInstanceOfSatisfying(MessagesSupported.class, ms -> assertThat(ms.messages()).contains(HopsFlow.KEY));
            leaf.send(new HopsFlow(0).toMessage(Routing.direct(Guid.random())));
            TestSupport.until(() -> up.peers().stream().anyMatch(p -> p.role() == PeerRole.LEAF && p.messagesIn() >= 1), "the hops flow arrived");
            other.send(new Query(new Routing(Guid.random(), 3, 0), 0, "not for the busy leaf", ExtensionBlock.EMPTY));
            TestSupport.until(() -> up.drops().getOrDefault("hops flow", 0L) == 1, "the query held back from the leaf");
        }
    }
}
