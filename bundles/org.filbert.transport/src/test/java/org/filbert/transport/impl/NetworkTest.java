package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.filbert.api.network.PeerCounts;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.routing.impl.RouterComponent;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Push;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.GgepBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A small 0.6 network of our own on 127.0.0.1: three ultrapeers in a triangle, two leaves
 * under each, the real transport, routing core and ultrapeer strategy. A leaf's query
 * reaches every ultrapeer once and every other leaf, a hit comes back along the query's
 * path, and a push finds the leaf that answered.
 */
class NetworkTest {

    /** One node: its transport, routing core and identity. */
    record Node(NettyListener transport, RouterComponent router, NodeInfo info) {
        long count(String type, String what) {
            return Optional.ofNullable(router.counters().get(type)).map(c -> c.getOrDefault(what, 0L)).orElse(0L);
        }
    }

    private final List<Node> nodes = new ArrayList<>();

    private Node node(Mode mode) throws Exception {
        NodeInfo info = TestSupport.node(mode);
        RouterComponent router = TestSupport.router(info);
        NettyListener transport = new NettyListener(TestSupport.config(), info, TestSupport.quietLogger());
        transport.bindRouter(router);
        Node n = new Node(transport, router, info);
        nodes.add(n);
        return n;
    }

    private static void connect(Node from, Node to) throws Exception {
        from.transport().connect(to.transport().listenAddress()).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }


    @AfterEach
    void stop() throws Exception {
        for (Node n : nodes) {
            n.transport().deactivate();
        }
    }

    @Test
    void queryReachesEveryUltrapeerOnceHitComesBackPushReachesTheLeaf() throws Exception {
        Node u1 = node(Mode.ULTRAPEER);
        Node u2 = node(Mode.ULTRAPEER);
        Node u3 = node(Mode.ULTRAPEER);
        connect(u1, u2);
        connect(u2, u3);
        connect(u1, u3);
        List<Node> leaves = new ArrayList<>();
        for (Node up : List.of(u1, u1, u2, u2, u3, u3)) {
            Node leaf = node(Mode.LEAF);
            connect(leaf, up);
            leaves.add(leaf);
        }
        for (Node up : List.of(u1, u2, u3)) {
            TestSupport.until(() -> up.transport().peerCounts().equals(new PeerCounts(2, 2)), "each ultrapeer holds 2 ultrapeers and 2 leaves");
        }
        Node asker = leaves.get(0);
        Node answerer = leaves.get(5);
        Guid answererGuid = Guid.of(answerer.info().serventGuid());
        answerer.router().addResponder(q -> List.of(new QueryHit(new Routing(q.routing().guid(), q.routing().hops() + 1, 0),
                6346, Ipv4Address.of(127, 0, 0, 1), 1000, List.of(QueryHitResult.of(7, 1234, "filbert test.txt", ExtensionBlock.EMPTY)),
                Optional.empty(), answererGuid)));
        List<QueryHit> hits = new CopyOnWriteArrayList<>();
        asker.router().addListener((hit, from) -> hits.add(hit));

        Query query = new Query(new Routing(Guid.random(), 3, 0), Query.FLAG_NEW_SEMANTICS, "filbert test", ExtensionBlock.EMPTY);
        assertThat(asker.router().query(query)).as("a leaf sends its query to its ultrapeer").isEqualTo(1);

        TestSupport.until(() -> hits.size() == 1, "the hit comes back to the asking leaf");
        assertThat(hits.get(0).results().get(0).name()).isEqualTo("filbert test.txt");
        assertThat(hits.get(0).serventGuid()).isEqualTo(answererGuid);
        for (Node up : List.of(u1, u2, u3)) {
            assertThat(up.count("query", "received") - up.count("query", "dropped duplicate"))
                    .as("each ultrapeer handles the query once").isEqualTo(1);
        }
        for (Node leaf : leaves.subList(1, 6)) {
            TestSupport.until(() -> leaf.count("query", "received") == 1, "every other leaf gets the query once");
            assertThat(leaf.count("query", "forwarded")).as("leaves forward nothing").isZero();
        }

        // a push goes back along the hit's path: TTL = the hit's hops + 1
        int pushTtl = hits.get(0).routing().hops() + 1;
        Push push = new Push(new Routing(Guid.random(), pushTtl, 0), answererGuid, 7, Ipv4Address.of(127, 0, 0, 1), 6346, GgepBlock.EMPTY);
        assertThat(asker.router().push(push)).isTrue();
        TestSupport.until(() -> answerer.count("push", "delivered") == 1, "the push reaches the leaf that answered");
        assertThat(nodes.stream().mapToLong(n -> n.count("push", "dropped no route") + n.count("push", "dropped ttl expired")))
                .containsOnly(0L);
    }

    @Test
    void floodSendsEverywhereButBack() throws Exception {
        Node a = node(Mode.ULTRAPEER);
        Node b = node(Mode.ULTRAPEER);
        Node c = node(Mode.ULTRAPEER);
        for (Node n : List.of(a, b, c)) {
            n.router().addStrategy(new org.filbert.routing.flood.impl.FloodStrategy(), Map.of(RoutingStrategy.NAME, "flood"));
            n.router().use("flood");
        }
        connect(a, b);
        connect(b, c);
        TestSupport.until(() -> b.transport().peerCounts().ultrapeers() == 2, "a chain a-b-c");
        a.router().query(new Query(new Routing(Guid.random(), 3, 0), 0, "chain", ExtensionBlock.EMPTY));
        TestSupport.until(() -> c.count("query", "received") == 1, "the query crosses b to c");
        assertThat(b.count("query", "forwarded")).isEqualTo(1);
        assertThat(a.count("query", "received")).as("never sent back to the sender").isZero();
    }
}
