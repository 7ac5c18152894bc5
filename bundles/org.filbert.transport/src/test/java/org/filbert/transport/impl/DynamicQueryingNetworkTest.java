package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.dq.api.DynamicQueries.Progress;
import org.filbert.dq.impl.DqConfig;
import org.filbert.dq.impl.DynamicQuerying;
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
import org.filbert.qrp.api.Keywords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Dynamic querying in a network of our own on 127.0.0.1: an ultrapeer with six ultrapeer
 * peers, each with two leaves that share a popular file, one of which also shares a rare
 * one. A leaf's popular query stops after the probe has brought the target results, so
 * most ultrapeers never see it; a rare query goes first to the ultrapeer whose table
 * matches and is found.
 */
class DynamicQueryingNetworkTest {

    /** One node with query routing tables and dynamic querying. */
    record Node(NettyListener transport, RouterComponent router, QueryRouteTables tables, DynamicQuerying dq, NodeInfo info) {
        long received() {
            return Optional.ofNullable(router.counters().get("query")).map(c -> c.getOrDefault("received", 0L)).orElse(0L);
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
        DynamicQuerying dq = new DynamicQuerying(TestSupport.annotation(DqConfig.class, "leafTargetResults", 4, "probeConnections", 2,
                "millisPerHop", 300), TestSupport.quietLogger());
        dq.bindRoutes(tables);
        UltrapeerStrategy strategy = new UltrapeerStrategy();
        strategy.bindRoutes(tables);
        router.addStrategy(strategy, Map.of(RoutingStrategy.NAME, "qrp"));
        router.addHandler(tables);
        router.addHandler(dq);
        router.addListener(dq);
        router.bindDispatcher(dq);
        transport.bindRouter(router);
        String name = shared.length > 0 ? shared[shared.length - 1] : "";
        Guid servent = Guid.of(info.serventGuid());
        router.addResponder(q -> Keywords.queryKeywords(q.searchText()).stream().allMatch(Keywords.words(name)::contains)
                && !name.isEmpty()
                        ? List.of(new QueryHit(new Routing(q.routing().guid(), q.routing().hops() + 1, 0), 6346, Ipv4Address.of(127, 0, 0, 1),
                                100, List.of(QueryHitResult.of(1, 10, name, ExtensionBlock.EMPTY)), Optional.empty(), servent))
                        : List.of());
        Node n = new Node(transport, router, tables, dq, info);
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
            n.dq().deactivate();
        }
    }

    @Test
    void aPopularQueryStopsEarlyAndARareOneGoesWhereTheTablesPoint() throws Exception {
        Node hub = node(Mode.ULTRAPEER);
        Node asker = node(Mode.LEAF);
        connect(asker, hub);
        List<Node> ups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Node up = node(Mode.ULTRAPEER);
            connect(up, hub);
            ups.add(up);
            connect(node(Mode.LEAF, "popular song.mp3"), up);
            connect(i == 4 ? node(Mode.LEAF, "popular song.mp3", "rare tune.ogg") : node(Mode.LEAF, "popular song.mp3"), up);
        }
        TestSupport.until(() -> hub.tables().tables().stream().filter(t -> t.name().startsWith("peer ") && t.present() > 0).count() == 6,
                "the hub holds the merged tables of its six ultrapeers");

        List<QueryHit> hits = new CopyOnWriteArrayList<>();
        asker.router().addListener((hit, from) -> hits.add(hit));
        Guid popular = Guid.random();
        asker.router().query(new Query(new Routing(popular, 4, 0), Query.FLAG_NEW_SEMANTICS, "popular song", ExtensionBlock.EMPTY));
        TestSupport.until(() -> progress(hub, popular).map(p -> !p.state().equals("running")).orElse(false), "the popular query ended");
        Progress p = progress(hub, popular).orElseThrow();
        assertThat(p.state()).isEqualTo("enough results");
        assertThat(p.ultrapeers()).as("only the probe went out").isEqualTo(2);
        assertThat(ups.stream().filter(u -> u.received() > 0).count()).as("four ultrapeers never saw it").isEqualTo(2);
        TestSupport.until(() -> hits.size() >= 4, "the probe's hits reached the asker");

        Guid rare = Guid.random();
        long before = ups.get(4).received();
        hits.clear();
        asker.router().query(new Query(new Routing(rare, 4, 0), Query.FLAG_NEW_SEMANTICS, "rare tune", ExtensionBlock.EMPTY));
        TestSupport.until(() -> hits.size() == 1, "the rare file is found");
        assertThat(hits.get(0).results().get(0).name()).isEqualTo("rare tune.ogg");
        assertThat(ups.get(4).received() - before).as("the ultrapeer whose table matched was probed").isEqualTo(1);
    }

    private static Optional<Progress> progress(Node n, Guid guid) {
        return n.dq().queries().stream().filter(p -> p.guid().equals(guid.hex())).findFirst();
    }
}
