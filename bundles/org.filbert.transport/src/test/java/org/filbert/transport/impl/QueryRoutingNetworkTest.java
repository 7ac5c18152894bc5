package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.filbert.api.network.PeerCounts;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.qrp.api.QueryRoutes.TableInfo;
import org.filbert.qrp.impl.QrpConfig;
import org.filbert.qrp.impl.QueryRouteTables;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.routing.impl.RouterComponent;
import org.filbert.routing.impl.RoutingConfig;
import org.filbert.routing.qrp.impl.UltrapeerStrategy;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Query routing tables in a network of our own on 127.0.0.1: three ultrapeers in a
 * triangle with two leaves each, every node running the transport, routing core, QRP
 * strategy and query routing tables. Leaves send their tables to their ultrapeers, the
 * ultrapeers exchange merged tables, and a query reaches only the leaf that shares a
 * matching file, which answers it.
 */
class QueryRoutingNetworkTest {

    /** One node with its query routing tables. */
    record Node(NettyListener transport, RouterComponent router, QueryRouteTables tables, NodeInfo info) {
        long count(String type, String what) {
            return Optional.ofNullable(router.counters().get(type)).map(c -> c.getOrDefault(what, 0L)).orElse(0L);
        }

        Optional<TableInfo> table(String name) {
            return tables.tables().stream().filter(t -> t.name().equals(name)).findFirst();
        }
    }

    private final List<Node> nodes = new ArrayList<>();

    private Node node(Mode mode, String... shared) throws Exception {
        NodeInfo info = TestSupport.node(mode);
        RouterComponent router = new RouterComponent(TestSupport.annotation(RoutingConfig.class), info, TestSupport.quietLogger());
        NettyListener transport = new NettyListener(TestSupport.config(), info, TestSupport.quietLogger());
        QueryRouteTables tables = new QueryRouteTables(TestSupport.annotation(QrpConfig.class, "refreshSeconds", 1), transport,
                TestSupport.quietLogger());
        tables.addSource(() -> List.of(shared));
        UltrapeerStrategy strategy = new UltrapeerStrategy();
        strategy.bindRoutes(tables);
        router.addStrategy(strategy, Map.of(RoutingStrategy.NAME, "qrp"));
        router.addHandler(tables);
        transport.bindRouter(router);
        Node n = new Node(transport, router, tables, info);
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
            n.tables().deactivate();
        }
    }

    @Test
    void aQueryReachesOnlyTheLeafWhoseTableMatchesAndItsHitComesBack() throws Exception {
        Node u1 = node(Mode.ULTRAPEER);
        Node u2 = node(Mode.ULTRAPEER);
        Node u3 = node(Mode.ULTRAPEER);
        connect(u1, u2);
        connect(u2, u3);
        connect(u1, u3);
        List<Node> leaves = new ArrayList<>();
        String[][] shares = {{"asker notes.txt"}, {"holiday photos.zip"}, {"music mix.mp3"}, {"hazel catalogue.pdf"},
            {"another file.doc"}, {"filbert rare nut.ogg", "walnut.ogg"}};
        Node[] ups = {u1, u1, u2, u2, u3, u3};
        for (int i = 0; i < 6; i++) {
            Node leaf = node(Mode.LEAF, shares[i]);
            connect(leaf, ups[i]);
            leaves.add(leaf);
        }
        for (Node up : List.of(u1, u2, u3)) {
            TestSupport.until(() -> up.transport().peerCounts().equals(new PeerCounts(2, 2)), "2 ultrapeers and 2 leaves each");
            TestSupport.until(() -> up.tables().tables().stream().filter(t -> t.name().startsWith("peer ")).count() == 4,
                    "every ultrapeer holds the tables of its 2 leaves and of its 2 ultrapeer peers");
        }
        Node answerer = leaves.get(5);
        assertThat(answerer.table("ours").orElseThrow().present()).isGreaterThanOrEqualTo(4);
        int answererEntries = answerer.table("ours").orElseThrow().present();
        TestSupport.until(() -> u3.table("merged").orElseThrow().present() >= answererEntries, "u3 merged its leaf's table");

        Guid answererGuid = Guid.of(answerer.info().serventGuid());
        answerer.router().addResponder(q -> List.of(new QueryHit(new Routing(q.routing().guid(), q.routing().hops() + 1, 0),
                6346, Ipv4Address.of(127, 0, 0, 1), 1000, List.of(QueryHitResult.of(1, 4321, "filbert rare nut.ogg",
                        ExtensionBlock.EMPTY)), Optional.empty(), answererGuid)));
        List<QueryHit> hits = new CopyOnWriteArrayList<>();
        Node asker = leaves.get(0);
        asker.router().addListener((hit, from) -> hits.add(hit));
        asker.router().query(new Query(new Routing(Guid.random(), 3, 0), Query.FLAG_NEW_SEMANTICS, "rare nut", ExtensionBlock.EMPTY));

        TestSupport.until(() -> hits.size() == 1, "the hit comes back to the asker");
        assertThat(answerer.count("query", "received")).isEqualTo(1);
        for (Node other : leaves.subList(1, 5)) {
            assertThat(other.count("query", "received")).as("a leaf without the words gets no query").isZero();
        }
        for (Node up : List.of(u1, u2, u3)) {
            assertThat(up.count("query", "received") - up.count("query", "dropped duplicate")).isEqualTo(1);
        }

        asker.router().query(new Query(new Routing(Guid.random(), 3, 0), Query.FLAG_NEW_SEMANTICS, "nothing shares this",
                ExtensionBlock.EMPTY));
        TestSupport.until(() -> u3.count("query", "received") - u3.count("query", "dropped duplicate") == 2, "u3 saw the second query");
        Thread.sleep(200);
        assertThat(leaves.subList(1, 6)).allSatisfy(l -> assertThat(l.count("query", "received")).isLessThanOrEqualTo(1));
    }
}
