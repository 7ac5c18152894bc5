package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.PeerCounts;
import org.filbert.api.node.Mode;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Query routing tables in a network of our own on 127.0.0.1: three ultrapeers in a
 * triangle with two leaves each, every node running the transport, routing core, QRP
 * strategy and query routing tables. Leaves send their tables to their ultrapeers, the
 * ultrapeers exchange merged tables, and a query reaches only the leaf that shares a
 * matching file, which answers it.
 */
class QueryRoutingNetworkTest {

    @RegisterExtension
    final StartedNodes nodes = new StartedNodes();

    private TestNode node(Mode mode, String... shared) throws Exception {
        return nodes.node(TestNode.withTables(mode, shared));
    }

    @Test
    void aQueryReachesOnlyTheLeafWhoseTableMatchesAndItsHitComesBack() throws Exception {
        TestNode u1 = node(Mode.ULTRAPEER);
        TestNode u2 = node(Mode.ULTRAPEER);
        TestNode u3 = node(Mode.ULTRAPEER);
        TestNode.mesh(u1, u2, u3);
        List<TestNode> leaves = new ArrayList<>();
        String[][] shares = {{"asker notes.txt"}, {"holiday photos.zip"}, {"music mix.mp3"}, {"hazel catalogue.pdf"},
            {"another file.doc"}, {"filbert rare nut.ogg", "walnut.ogg"}};
        TestNode[] ups = {u1, u1, u2, u2, u3, u3};
        for (int i = 0; i < 6; i++) {
            TestNode leaf = node(Mode.LEAF, shares[i]);
            leaf.connectTo(ups[i]);
            leaves.add(leaf);
        }
        for (TestNode up : List.of(u1, u2, u3)) {
            TestSupport.until(() -> up.transport().peerCounts().equals(new PeerCounts(2, 2)), "2 ultrapeers and 2 leaves each");
            TestSupport.until(() -> up.tables().orElseThrow().tables().stream().filter(t -> t.name().startsWith("peer ")).count() == 4,
                    "every ultrapeer holds the tables of its 2 leaves and of its 2 ultrapeer peers");
        }
        TestNode answerer = leaves.get(5);
        assertThat(answerer.table("ours").orElseThrow().present()).isGreaterThanOrEqualTo(4);
        int answererEntries = answerer.table("ours").orElseThrow().present();
        TestSupport.until(() -> u3.table("merged").orElseThrow().present() >= answererEntries, "u3 merged its leaf's table");

        Guid answererGuid = Guid.of(answerer.info().serventGuid());
        answerer.router().addResponder(q -> List.of(new QueryHit(new Routing(q.routing().guid(), q.routing().hops() + 1, 0),
                6346, Ipv4Address.of(127, 0, 0, 1), 1000, List.of(QueryHitResult.of(1, 4321, "filbert rare nut.ogg",
                        ExtensionBlock.EMPTY)), Optional.empty(), answererGuid)));
        List<QueryHit> hits = new CopyOnWriteArrayList<>();
        TestNode asker = leaves.get(0);
        asker.router().addListener((hit, from) -> hits.add(hit));
        asker.router().query(new Query(new Routing(Guid.random(), 3, 0), Query.FLAG_NEW_SEMANTICS, "rare nut", ExtensionBlock.EMPTY));

        TestSupport.until(() -> hits.size() == 1, "the hit comes back to the asker");
        assertThat(answerer.count("query", "received")).isEqualTo(1);
        for (TestNode other : leaves.subList(1, 5)) {
            assertThat(other.count("query", "received")).as("a leaf without the words gets no query").isZero();
        }
        for (TestNode up : List.of(u1, u2, u3)) {
            assertThat(up.firstArrivals("query")).isEqualTo(1);
        }

        asker.router().query(new Query(new Routing(Guid.random(), 3, 0), Query.FLAG_NEW_SEMANTICS, "nothing shares this",
                ExtensionBlock.EMPTY));
        TestSupport.until(() -> u3.firstArrivals("query") == 2, "u3 saw the second query");
        Thread.sleep(200);
        assertThat(leaves.subList(1, 6)).allSatisfy(l -> assertThat(l.count("query", "received")).isLessThanOrEqualTo(1));
    }
}
