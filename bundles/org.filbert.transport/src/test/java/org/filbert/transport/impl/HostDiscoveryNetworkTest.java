package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.filbert.api.network.KnownHost;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.hostcache.impl.HostCacheComponent;
import org.filbert.hostcache.impl.HostCacheConfig;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Messages;
import org.filbert.wire.Ping;
import org.filbert.wire.Pong;
import org.filbert.wire.Routing;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.PackedHosts;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * How nodes learn hosts, on 127.0.0.1: a ping is answered from the pong cache (a TTL-1
 * keep-alive only with our own pong); a node with an empty host cache asks a UDP host
 * cache (another of our nodes) and connects to the ultrapeers it is given; an unsolicited
 * UDP pong is dropped and counted.
 */
class HostDiscoveryNetworkTest {

    @TempDir
    Path data;

    @RegisterExtension
    final StartedNodes nodes = new StartedNodes();

    private NettyListener node(NodeInfo info) throws Exception {
        NettyListener n = new NettyListener(TestSupport.config(), info, TestSupport.quietLogger());
        n.bindRouter(TestSupport.router(info));
        return nodes.add(n, n::deactivate);
    }

    private HostCacheComponent cache(NodeInfo info) throws Exception {
        HostCacheComponent c = new HostCacheComponent(TestSupport.annotation(HostCacheConfig.class), info, TestSupport.quietLogger());
        return nodes.add(c, c::deactivate);
    }

    private static Pong pongOf(String ip, int port) throws Exception {
        return new Pong(new Routing(Guid.random(), 1, 1), port, Ipv4Address.of(InetAddress.getByName(ip).getAddress()), 10, 1000,
                GgepBlock.EMPTY);
    }

    @Test
    void pingsAreAnsweredFromThePongCacheAndKeepAlivesOnlyWithOurOwnPong() throws Exception {
        NettyListener up = node(TestSupport.node(Mode.ULTRAPEER, data));
        try (RawPeer source = RawPeer.connect(up.listenAddress(), true, "");
                RawPeer asker = RawPeer.connect(up.listenAddress(), false, "")) {
            source.send(pongOf("10.1.2.3", 6346));
            source.send(pongOf("10.1.2.4", 6347));
            TestSupport.until(() -> up.peers().stream().anyMatch(p -> p.messagesIn() >= 2), "the pongs arrived");

            Guid keepAlive = Guid.random();
            asker.send(new Ping(new Routing(keepAlive, 1, 0), GgepBlock.EMPTY));
            Pong own = (Pong) asker.next(m -> m instanceof Pong);
            assertThat(own.routing().guid()).isEqualTo(keepAlive);
            assertThat(own.port()).isEqualTo(up.listenAddress().getPort());
            assertThat(own.ggep().has("UP")).as("an ultrapeer says so in its pong").isTrue();

            Guid probe = Guid.random();
            asker.send(new Ping(new Routing(probe, 2, 0), GgepBlock.EMPTY));
            List<String> answered = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Pong p = (Pong) asker.next(m -> m instanceof Pong && m.routing().guid().equals(probe));
                answered.add(p.address() + ":" + p.port());
            }
            assertThat(answered).containsExactly("127.0.0.1:" + up.listenAddress().getPort(), "10.1.2.4:6347", "10.1.2.3:6346");
            source.send(new Ping(new Routing(Guid.random(), 2, 0), GgepBlock.EMPTY));
            Pong toSource = (Pong) source.next(m -> m instanceof Pong);
            assertThat(toSource.port()).as("the source gets our pong but not its own back first").isEqualTo(up.listenAddress().getPort());
        }
    }

    @Test
    void aLeafAnswersPingsWithItsOwnPongOnly() throws Exception {
        NettyListener leaf = node(TestSupport.node(Mode.LEAF, data));
        try (RawPeer up = RawPeer.connect(leaf.listenAddress(), true, "")) {
            up.send(pongOf("10.1.2.3", 6346));
            Guid probe = Guid.random();
            up.send(new Ping(new Routing(probe, 4, 0), GgepBlock.EMPTY));
            Pong own = (Pong) up.next(m -> m instanceof Pong && m.routing().guid().equals(probe));
            assertThat(own.port()).isEqualTo(leaf.listenAddress().getPort());
            up.send(new Ping(new Routing(Guid.random(), 1, 0), GgepBlock.EMPTY));
            Pong next = (Pong) up.next(m -> m instanceof Pong);
            assertThat(next.routing().guid()).as("no cached pong relayed by a leaf (gtk-gnutella: 414 Leaf node relayed Pong)")
                    .isNotEqualTo(probe);
        }
    }

    @Test
    void aNodeWithoutHostsAsksAUdpHostCacheAndConnectsToWhatItLearns() throws Exception {
        NodeInfo uhcInfo = TestSupport.node(Mode.ULTRAPEER, data.resolve("uhc"));
        NettyListener uhc = node(uhcInfo);
        HostCacheComponent uhcCache = cache(uhcInfo);
        uhc.bindHosts(uhcCache);
        NettyListener target = node(TestSupport.node(Mode.ULTRAPEER, data.resolve("target")));
        InetSocketAddress targetAt = new InetSocketAddress("127.0.0.1", target.listenAddress().getPort());
        uhcCache.learn(targetAt, true, "pong");

        NodeInfo leafInfo = TestSupport.node(Mode.LEAF, data.resolve("leaf"));
        NettyListener leaf = node(leafInfo);
        HostCacheComponent leafCache = cache(leafInfo);
        leaf.bindHosts(leafCache);
        ConnectionManager manager = new ConnectionManager(TestSupport.annotation(ConnectionsConfig.class, "intervalMillis", 100,
                "bootstrapIntervalSeconds", 1, "udpHostCaches",
                new String[] {"uhc.example.invalid:1", "127.0.0.1:" + uhc.listenAddress().getPort()}),
                leaf, leaf, leafCache, leafInfo, TestSupport.quietLogger());
        try {
            TestSupport.until(() -> leaf.peers().stream().anyMatch(p -> p.address().equals(targetAt)),
                    "connected to the ultrapeer the UDP host cache named");
            assertThat(leafCache.hosts()).filteredOn(h -> h.address().equals(targetAt)).extracting(KnownHost::source)
                    .containsExactly("uhc 127.0.0.1");
        } finally {
            manager.deactivate();
        }
    }

    @Test
    void udpPingsGetOurPongWithKnownUltrapeersAndUnsolicitedPongsAreDropped() throws Exception {
        NodeInfo info = TestSupport.node(Mode.ULTRAPEER, data);
        NettyListener up = node(info);
        HostCacheComponent cache = cache(info);
        up.bindHosts(cache);
        cache.learn(new InetSocketAddress("127.0.0.9", 6349), true, "pong");
        try (DatagramSocket udp = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            udp.setSoTimeout(10_000);
            InetSocketAddress node = new InetSocketAddress("127.0.0.1", up.listenAddress().getPort());
            send(udp, node, new Ping(Routing.direct(Guid.random()), GgepBlock.of(GgepExtension.of("SCP", new byte[] {0}))));
            byte[] buffer = new byte[1024];
            DatagramPacket answer = new DatagramPacket(buffer, buffer.length);
            udp.receive(answer);
            Pong pong = (Pong) Messages.decode(Unpooled.wrappedBuffer(buffer, 0, answer.getLength()), WireLimits.DEFAULT);
            assertThat(pong.port()).isEqualTo(node.getPort());
            assertThat(PackedHosts.unpack(pong.ggep().get("IPP").orElseThrow().data()))
                    .containsExactly(new InetSocketAddress("127.0.0.9", 6349));

            send(udp, node, pongOf("10.9.9.9", 6346));
            TestSupport.until(() -> up.drops().getOrDefault("udp unsolicited pong", 0L) == 1, "the unsolicited pong dropped");
            assertThat(cache.hosts()).extracting(KnownHost::address).doesNotContain(new InetSocketAddress("10.9.9.9", 6346));
        }
    }

    private static void send(DatagramSocket udp, InetSocketAddress to, org.filbert.wire.Message message) throws Exception {
        ByteBuf buf = Unpooled.buffer();
        Messages.encode(message, buf);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        udp.send(new DatagramPacket(bytes, bytes.length, to));
    }
}
