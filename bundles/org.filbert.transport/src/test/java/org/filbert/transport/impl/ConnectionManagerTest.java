package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import org.filbert.api.network.KnownHost;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.hostcache.impl.HostCacheComponent;
import org.filbert.hostcache.impl.HostCacheConfig;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The connection manager keeping a leaf's ultrapeers from the host cache, on 127.0.0.1. */
class ConnectionManagerTest {

    @TempDir
    Path data;

    @RegisterExtension
    final StartedNodes transports = new StartedNodes();

    private NettyListener transport(Mode mode, Object... overrides) throws Exception {
        return transports.listener(mode, overrides);
    }


    private static InetSocketAddress loopback(NettyListener t) {
        return new InetSocketAddress("127.0.0.1", t.listenAddress().getPort());
    }

    @Test
    void keepsTheLeafsUltrapeersFromTheHostCacheAndReplacesALostOne() throws Exception {
        NettyListener u1 = transport(Mode.ULTRAPEER);
        NettyListener u2 = transport(Mode.ULTRAPEER);
        NettyListener u3 = transport(Mode.ULTRAPEER);
        NodeInfo leafInfo = TestSupport.node(Mode.LEAF, data);
        NettyListener leaf = new NettyListener(TestSupport.config(), leafInfo, TestSupport.quietLogger());
        transports.add(leaf, leaf::deactivate);
        HostCacheComponent cache = new HostCacheComponent(TestSupport.annotation(HostCacheConfig.class, "retryAfterSeconds", 3600),
                leafInfo, TestSupport.quietLogger());
        leaf.bindHosts(cache);
        InetSocketAddress dead = new InetSocketAddress("127.0.0.1", 1);
        cache.learn(dead, true, "pong");
        ConnectionManager manager = new ConnectionManager(TestSupport.annotation(ConnectionsConfig.class, "intervalMillis", 100,
                "connect", new String[] {"127.0.0.1:" + u1.listenAddress().getPort(), "127.0.0.1:" + u2.listenAddress().getPort()}),
                leaf, leaf, cache, leafInfo, TestSupport.quietLogger());
        try {
            TestSupport.until(() -> leaf.peerCounts().ultrapeers() == 2, "connected to both configured ultrapeers");
            TestSupport.until(() -> cache.hosts().stream().filter(h -> h.address().equals(dead)).allMatch(h -> h.failures() == 1),
                    "the dead host counted as failed once");

            cache.learn(loopback(u3), true, "pong");
            TestSupport.until(() -> leaf.peerCounts().ultrapeers() == 3, "a third ultrapeer from the cache");
            transports.stopNow(u1);
            TestSupport.until(() -> leaf.peerCounts().ultrapeers() == 2, "u1 gone");
            NettyListener u4 = transport(Mode.ULTRAPEER);
            cache.learn(loopback(u4), true, "x-try-ultrapeers");
            TestSupport.until(() -> leaf.peerCounts().ultrapeers() == 3, "the lost ultrapeer replaced from the cache");
            assertThat(cache.hosts()).extracting(KnownHost::address).contains(loopback(u2), loopback(u3), loopback(u4));
        } finally {
            manager.deactivate();
            cache.deactivate();
        }
        assertThat(data.resolve("hosts.txt")).exists();
    }

    @Test
    void aRefusalTeachesTheHostsItOffers() throws Exception {
        NettyListener full = transport(Mode.ULTRAPEER, "maxLeaves", 0);
        NodeInfo info = TestSupport.node(Mode.ULTRAPEER, data);
        HostCacheComponent fullCache = new HostCacheComponent(TestSupport.annotation(HostCacheConfig.class), info, TestSupport.quietLogger());
        fullCache.learn(new InetSocketAddress("127.0.0.7", 6346), true, "pong");
        full.bindHosts(fullCache);
        NodeInfo leafInfo = TestSupport.node(Mode.LEAF, data.resolve("leaf"));
        NettyListener leaf = new NettyListener(TestSupport.config(), leafInfo, TestSupport.quietLogger());
        transports.add(leaf, leaf::deactivate);
        HostCacheComponent leafCache = new HostCacheComponent(TestSupport.annotation(HostCacheConfig.class), leafInfo, TestSupport.quietLogger());
        leaf.bindHosts(leafCache);
        try {
            leaf.connect(full.listenAddress()).toCompletableFuture().handle((p, e) -> e).get();
            assertThat(leafCache.hosts()).extracting(KnownHost::address).contains(new InetSocketAddress("127.0.0.7", 6346));
        } finally {
            fullCache.deactivate();
            leafCache.deactivate();
        }
    }
}
