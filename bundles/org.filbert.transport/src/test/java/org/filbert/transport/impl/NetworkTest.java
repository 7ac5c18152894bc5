package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.PeerCounts;
import org.filbert.api.node.Mode;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Push;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.GgepBlock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * A small 0.6 network of our own on 127.0.0.1: three ultrapeers in a triangle, two leaves
 * under each, the real transport, routing core and ultrapeer strategy. A leaf's query
 * reaches every ultrapeer once and every other leaf, a hit comes back along the query's
 * path, and a push finds the leaf that answered.
 */
class NetworkTest {

    @RegisterExtension
    final StartedNodes nodes = new StartedNodes();

    private TestNode node(Mode mode) throws Exception {
        return nodes.node(TestNode.plain(mode));
    }

    @Test
    void queryReachesEveryUltrapeerOnceHitComesBackPushReachesTheLeaf() throws Exception {
        TestNode u1 = node(Mode.ULTRAPEER);
        TestNode u2 = node(Mode.ULTRAPEER);
        TestNode u3 = node(Mode.ULTRAPEER);
        TestNode.mesh(u1, u2, u3);
        List<TestNode> leaves = new ArrayList<>();
        for (TestNode up : List.of(u1, u1, u2, u2, u3, u3)) {
            TestNode leaf = node(Mode.LEAF);
            leaf.connectTo(up);
            leaves.add(leaf);
        }
        for (TestNode up : List.of(u1, u2, u3)) {
            TestSupport.until(() -> up.transport().peerCounts().equals(new PeerCounts(2, 2)), "each ultrapeer holds 2 ultrapeers and 2 leaves");
        }
        TestNode asker = leaves.get(0);
        TestNode answerer = leaves.get(5);
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
        for (TestNode up : List.of(u1, u2, u3)) {
            TestSupport.until(() -> up.firstArrivals("query") >= 1, "every ultrapeer gets the query (the hit may come back first)");
            assertThat(up.firstArrivals("query")).as("each ultrapeer handles the query once").isEqualTo(1);
        }
        for (TestNode leaf : leaves.subList(1, 6)) {
            TestSupport.until(() -> leaf.count("query", "received") == 1, "every other leaf gets the query once");
            assertThat(leaf.count("query", "forwarded")).as("leaves forward nothing").isZero();
        }

        // a push goes back along the hit's path: TTL = the hit's hops + 1
        int pushTtl = hits.get(0).routing().hops() + 1;
        Push push = new Push(new Routing(Guid.random(), pushTtl, 0), answererGuid, 7, Ipv4Address.of(127, 0, 0, 1), 6346, GgepBlock.EMPTY);
        assertThat(asker.router().push(push)).isTrue();
        TestSupport.until(() -> answerer.count("push", "delivered") == 1, "the push reaches the leaf that answered");
        assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(u1, u2, u3), leaves.stream()).mapToLong(n -> n.count("push", "dropped no route") + n.count("push", "dropped ttl expired")))
                .containsOnly(0L);
    }

    @Test
    void floodSendsEverywhereButBack() throws Exception {
        TestNode a = node(Mode.ULTRAPEER);
        TestNode b = node(Mode.ULTRAPEER);
        TestNode c = node(Mode.ULTRAPEER);
        for (TestNode n : List.of(a, b, c)) {
            n.router().addStrategy(new org.filbert.routing.flood.impl.FloodStrategy(), Map.of(RoutingStrategy.NAME, "flood"));
            n.router().use("flood");
        }
        a.connectTo(b);
        b.connectTo(c);
        TestSupport.until(() -> b.transport().peerCounts().ultrapeers() == 2, "a chain a-b-c");
        a.router().query(new Query(new Routing(Guid.random(), 3, 0), 0, "chain", ExtensionBlock.EMPTY));
        TestSupport.until(() -> c.count("query", "received") == 1, "the query crosses b to c");
        assertThat(b.count("query", "forwarded")).isEqualTo(1);
        assertThat(a.count("query", "received")).as("never sent back to the sender").isZero();
    }
}
