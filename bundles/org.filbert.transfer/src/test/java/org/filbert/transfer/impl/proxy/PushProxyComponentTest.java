package org.filbert.transfer.impl.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerRole;
import org.filbert.api.node.NodeInfo;
import org.filbert.routing.testing.RecordingPeer;
import org.filbert.routing.testing.Stubs;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Message;
import org.filbert.wire.Push;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireLimits;
import org.filbert.wire.vendor.PushProxyAck;
import org.filbert.wire.vendor.PushProxyRequest;
import org.filbert.wire.vendor.VendorRegistry;
import org.junit.jupiter.api.Test;

/** Push proxies both ways, over recording connections. */
class PushProxyComponentTest {

    private final Guid self = Guid.random();
    private final PushProxyComponent proxies = new PushProxyComponent(Stubs.config(ProxyConfig.class, "maxLeaves", 2, "maxAdvertised", 2),
            Stubs.answering(NodeInfo.class, Map.of("serventGuid", self.bytes())), Stubs.quietLogger());

    private static NetworkStatus network(PeerRole role, String listenIp, boolean reachable) {
        return Stubs.answering(NetworkStatus.class, Map.of("role", role, "listenAddress", new InetSocketAddress(listenIp, 6346),
                "reachable", reachable));
    }

    private static RecordingPeer peer(PeerRole role, String remoteIp, String localIp) {
        return new RecordingPeer(role, new InetSocketAddress(remoteIp, 40000), new InetSocketAddress(localIp, 6346));
    }

    private static Message request(Guid servent, int version) {
        return new PushProxyRequest(version).toMessage(Routing.direct(servent));
    }

    private static PushProxyAck ackIn(RecordingPeer peer) throws Exception {
        assertThat(peer.sent()).hasSize(1);
        return (PushProxyAck) VendorRegistry.standard().decode((VendorMessage) peer.sent().get(0), WireLimits.DEFAULT);
    }

    @Test
    void anUltrapeerAcknowledgesALeafsRequestWithItsAddressAndPushesToThatLeaf() throws Exception {
        proxies.bindNetwork(network(PeerRole.ULTRAPEER, "0.0.0.0", true));
        RecordingPeer leaf = peer(PeerRole.LEAF, "127.0.0.9", "127.0.0.5");
        RecordingPeer other = peer(PeerRole.LEAF, "127.0.0.10", "127.0.0.5");
        Guid leafGuid = Guid.random();
        Message request = request(leafGuid, 1);
        assertThat(proxies.handles(request)).isTrue();
        proxies.received(leaf, request);
        proxies.received(other, request(Guid.random(), 2));

        PushProxyAck ack = ackIn(leaf);
        assertThat(ack.version()).as("version 2 whatever was asked: LimeWire rejects 1").isEqualTo(2);
        assertThat(ack.address()).as("listening on all addresses: the one the leaf reached").contains(Ipv4Address.of(127, 0, 0, 5));
        assertThat(ack.port()).isEqualTo(6346);
        assertThat(leaf.sent().get(0).routing().guid()).as("the leaf's servent GUID").isEqualTo(leafGuid);
        assertThat(ackIn(other).version()).isEqualTo(2);

        InetSocketAddress downloader = new InetSocketAddress("127.0.0.77", 7000);
        assertThat(proxies.push(leafGuid.bytes(), 5, downloader)).isTrue();
        Push push = (Push) leaf.sent().get(1);
        assertThat(push.serventGuid()).isEqualTo(leafGuid);
        assertThat(push.fileIndex()).isEqualTo(5);
        assertThat(push.address()).isEqualTo(Ipv4Address.of(127, 0, 0, 77));
        assertThat(push.port()).isEqualTo(7000);
        assertThat(push.routing().ttl()).isEqualTo(1);
        assertThat(push.routing().hops()).isZero();
        assertThat(other.sent()).as("only the leaf with that GUID").hasSize(1);

        assertThat(proxies.push(Guid.random().bytes(), 0, downloader)).as("not our leaf").isFalse();
        proxies.disconnected(leaf);
        assertThat(proxies.push(leafGuid.bytes(), 0, downloader)).as("forgotten when it leaves").isFalse();
    }

    @Test
    void anUltrapeerNamesTheAddressItListensOnAndProxiesForAtMostItsLimit() throws Exception {
        proxies.bindNetwork(network(PeerRole.ULTRAPEER, "127.0.0.3", true));
        RecordingPeer[] leaves = {peer(PeerRole.LEAF, "127.0.0.9", "127.0.0.3"), peer(PeerRole.LEAF, "127.0.0.10", "127.0.0.3"),
            peer(PeerRole.LEAF, "127.0.0.11", "127.0.0.3")};
        for (RecordingPeer leaf : leaves) {
            proxies.received(leaf, request(Guid.random(), 1));
        }
        assertThat(ackIn(leaves[0]).address()).contains(Ipv4Address.of(127, 0, 0, 3));
        assertThat(leaves[1].sent()).hasSize(1);
        assertThat(leaves[2].sent()).as("over maxLeaves: no acknowledgement").isEmpty();

        RecordingPeer ultrapeer = peer(PeerRole.ULTRAPEER, "127.0.0.12", "127.0.0.3");
        proxies.received(ultrapeer, request(Guid.random(), 1));
        assertThat(ultrapeer.sent()).as("only leaves are proxied for").isEmpty();
    }

    @Test
    void aLeafAsksEachUltrapeerAndAdvertisesThoseThatAcknowledgedWhileUnreachable() {
        proxies.bindNetwork(network(PeerRole.LEAF, "0.0.0.0", false));
        RecordingPeer a = peer(PeerRole.ULTRAPEER, "127.0.0.21", "127.0.0.1");
        RecordingPeer b = peer(PeerRole.ULTRAPEER, "127.0.0.22", "127.0.0.1");
        RecordingPeer c = peer(PeerRole.ULTRAPEER, "127.0.0.23", "127.0.0.1");
        for (RecordingPeer up : new RecordingPeer[] {a, b, c}) {
            proxies.connected(up);
            assertThat(up.sent()).singleElement().satisfies(m -> {
                assertThat(m.routing().guid()).as("our servent GUID").isEqualTo(self);
                assertThat(((VendorMessage) m).selector()).isEqualTo(PushProxyRequest.SELECTOR);
                assertThat(((VendorMessage) m).version()).as("LimeWire reads only version 1").isEqualTo(1);
            });
        }
        assertThat(proxies.current()).isEmpty();

        proxies.received(a, new PushProxyAck(2, Optional.of(Ipv4Address.of(127, 0, 0, 31)), 6001).toMessage(Routing.direct(self)));
        proxies.received(b, new PushProxyAck(1, Optional.empty(), 6002).toMessage(Routing.direct(self)));
        proxies.received(c, new PushProxyAck(2, Optional.of(Ipv4Address.of(0, 0, 0, 0)), 6003).toMessage(Routing.direct(self)));
        assertThat(proxies.current()).as("v2 address; v1 and 0.0.0.0: the connection's; at most maxAdvertised")
                .containsExactly(new InetSocketAddress("127.0.0.31", 6001), new InetSocketAddress("127.0.0.22", 6002));

        proxies.disconnected(a);
        assertThat(proxies.current()).containsExactly(new InetSocketAddress("127.0.0.22", 6002), new InetSocketAddress("127.0.0.23", 6003));

        proxies.bindNetwork(network(PeerRole.LEAF, "0.0.0.0", true));
        assertThat(proxies.current()).as("reachable: no proxies needed").isEmpty();
    }

    @Test
    void aLeafIgnoresAcknowledgementsForAnotherGuidAndFromLeaves() {
        proxies.bindNetwork(network(PeerRole.LEAF, "0.0.0.0", false));
        RecordingPeer up = peer(PeerRole.ULTRAPEER, "127.0.0.21", "127.0.0.1");
        proxies.received(up, new PushProxyAck(2, Optional.of(Ipv4Address.of(127, 0, 0, 31)), 6001).toMessage(Routing.direct(Guid.random())));
        RecordingPeer leaf = peer(PeerRole.LEAF, "127.0.0.22", "127.0.0.1");
        proxies.received(leaf, new PushProxyAck(2, Optional.of(Ipv4Address.of(127, 0, 0, 32)), 6002).toMessage(Routing.direct(self)));
        assertThat(proxies.current()).isEmpty();
    }

    @Test
    void anUltrapeerAsksNoneOfItsUltrapeerNeighbours() {
        proxies.bindNetwork(network(PeerRole.ULTRAPEER, "0.0.0.0", false));
        RecordingPeer up = peer(PeerRole.ULTRAPEER, "127.0.0.21", "127.0.0.1");
        proxies.connected(up);
        assertThat(up.sent()).isEmpty();
        assertThat(proxies.current()).isEmpty();
    }
}
