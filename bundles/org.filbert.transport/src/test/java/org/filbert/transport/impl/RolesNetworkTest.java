package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.filbert.api.network.PeerCounts;
import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.hostcache.impl.HostCacheComponent;
import org.filbert.hostcache.impl.HostCacheConfig;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Roles changing while nodes run, on 127.0.0.1: an ultrapeer with no ultrapeer slot left
 * guides a promoted node to become its leaf, which an {@code auto} node follows and a
 * configured ultrapeer does not; an {@code auto} leaf that learns it is reachable is
 * promoted, closing the connections it made as a leaf.
 */
class RolesNetworkTest {

    @TempDir
    Path data;

    @RegisterExtension
    final StartedNodes nodes = new StartedNodes();

    private NettyListener node(Mode mode, Object... overrides) throws Exception {
        return nodes.listener(mode, overrides);
    }

    @Test
    void aFullUltrapeerGuidesAPromotedNodeToBecomeItsLeaf() throws Exception {
        NettyListener full = node(Mode.ULTRAPEER, "maxUltrapeers", 0);
        NettyListener promoted = node(Mode.AUTO);
        promoted.changeRole(PeerRole.ULTRAPEER);
        assertThat(promoted.role()).isEqualTo(PeerRole.ULTRAPEER);

        promoted.connect(full.listenAddress()).toCompletableFuture().get();
        assertThat(promoted.role()).as("followed the guidance").isEqualTo(PeerRole.LEAF);
        assertThat(promoted.peerCounts()).isEqualTo(new PeerCounts(1, 0));
        TestSupport.until(() -> full.peerCounts().equals(new PeerCounts(0, 1)), "the full ultrapeer holds it as a leaf");
    }

    @Test
    void aConfiguredUltrapeerIgnoresGuidanceAndIsNotKept() throws Exception {
        NettyListener full = node(Mode.ULTRAPEER, "maxUltrapeers", 0);
        NettyListener configured = node(Mode.ULTRAPEER);
        configured.connect(full.listenAddress()).toCompletableFuture().handle((p, e) -> p).get();
        TestSupport.until(() -> configured.peerCounts().total() == 0 && full.peerCounts().total() == 0,
                "the full ultrapeer closed the connection");
        assertThat(configured.role()).isEqualTo(PeerRole.ULTRAPEER);
    }

    @Test
    void anAutoLeafThatIsReachableIsPromotedAndDropsItsLeafConnections() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER);
        NodeInfo info = TestSupport.node(Mode.AUTO, data);
        NettyListener auto = new NettyListener(TestSupport.config(), info, TestSupport.quietLogger());
        auto.bindRouter(TestSupport.router(info));
        nodes.add(auto, auto::deactivate);
        HostCacheComponent cache = new HostCacheComponent(TestSupport.annotation(HostCacheConfig.class), info, TestSupport.quietLogger());
        ConnectionManager manager = new ConnectionManager(TestSupport.annotation(ConnectionsConfig.class, "intervalMillis", 100,
                "autoConnect", false, "promoteAfterSeconds", 0, "promoteMinHeapMiB", 0), auto, auto, cache, info,
                TestSupport.quietLogger());
        try {
            assertThat(auto.role()).isEqualTo(PeerRole.LEAF);
            auto.connect(up.listenAddress()).toCompletableFuture().get();
            TestSupport.until(() -> auto.role() == PeerRole.ULTRAPEER, "promoted once the ultrapeer connected back");
            assertThat(auto.reachable()).isTrue();
            TestSupport.until(() -> auto.peerCounts().total() == 0 && up.peerCounts().total() == 0,
                    "the connection made as a leaf is closed");
            NettyListener leaf = node(Mode.LEAF);
            leaf.connect(auto.listenAddress()).toCompletableFuture().get();
            TestSupport.until(() -> auto.peerCounts().equals(new PeerCounts(0, 1)), "now it takes leaves");
        } finally {
            manager.deactivate();
            cache.deactivate();
        }
    }
}
