package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.dq.api.DynamicQueries.Progress;
import org.filbert.routing.impl.RouterComponent;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.qrp.api.Keywords;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/**
 * Dynamic querying in a network of our own on 127.0.0.1: an ultrapeer with six ultrapeer
 * peers, each with two leaves that share a popular file, one of which also shares a rare
 * one. A leaf's popular query stops after the probe has brought the target results, so
 * most ultrapeers never see it; a rare query goes first to the ultrapeer whose table
 * matches and is found.
 */
class DynamicQueryingNetworkTest {

    @RegisterExtension
    final StartedNodes nodes = new StartedNodes();

    /** A node with tables and dynamic querying that answers queries for its last shared name. */
    private TestNode node(Mode mode, String... shared) throws Exception {
        TestNode n = TestNode.withDynamicQuerying(mode, new Object[] {"leafTargetResults", 4, "probeConnections", 2, "millisPerHop", 300},
                shared);
        RouterComponent router = n.router();
        NodeInfo info = n.info();
        String name = shared.length > 0 ? shared[shared.length - 1] : "";
        Guid servent = Guid.of(info.serventGuid());
        router.addResponder(q -> Keywords.queryKeywords(q.searchText()).stream().allMatch(Keywords.words(name)::contains)
                && !name.isEmpty()
                        ? List.of(new QueryHit(new Routing(q.routing().guid(), q.routing().hops() + 1, 0), 6346, Ipv4Address.of(127, 0, 0, 1),
                                100, List.of(QueryHitResult.of(1, 10, name, ExtensionBlock.EMPTY)), Optional.empty(), servent))
                        : List.of());
        return nodes.node(n);
    }

    private static long received(TestNode n) {
        return n.count("query", "received");
    }

    @Test
    void aPopularQueryStopsEarlyAndARareOneGoesWhereTheTablesPoint() throws Exception {
        TestNode hub = node(Mode.ULTRAPEER);
        TestNode asker = node(Mode.LEAF);
        asker.connectTo(hub);
        List<TestNode> ups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            TestNode up = node(Mode.ULTRAPEER);
            up.connectTo(hub);
            ups.add(up);
            node(Mode.LEAF, "popular song.mp3").connectTo(up);
            (i == 4 ? node(Mode.LEAF, "popular song.mp3", "rare tune.ogg") : node(Mode.LEAF, "popular song.mp3")).connectTo(up);
        }
        TestSupport.until(() -> hub.tables().orElseThrow().tables().stream().filter(t -> t.name().startsWith("peer ") && t.present() > 0).count() == 6,
                "the hub holds the merged tables of its six ultrapeers");

        List<QueryHit> hits = new CopyOnWriteArrayList<>();
        asker.router().addListener((hit, from) -> hits.add(hit));
        Guid popular = Guid.random();
        asker.router().query(new Query(new Routing(popular, 4, 0), Query.FLAG_NEW_SEMANTICS, "popular song", ExtensionBlock.EMPTY));
        TestSupport.until(() -> progress(hub, popular).map(p -> !p.state().equals("running")).orElse(false), "the popular query ended");
        Progress p = progress(hub, popular).orElseThrow();
        assertThat(p.state()).isEqualTo("enough results");
        assertThat(p.ultrapeers()).as("only the probe went out").isEqualTo(2);
        assertThat(ups.stream().filter(u -> received(u) > 0).count()).as("four ultrapeers never saw it").isEqualTo(2);
        TestSupport.until(() -> hits.size() >= 4, "the probe's hits reached the asker");

        Guid rare = Guid.random();
        long before = received(ups.get(4));
        hits.clear();
        asker.router().query(new Query(new Routing(rare, 4, 0), Query.FLAG_NEW_SEMANTICS, "rare tune", ExtensionBlock.EMPTY));
        TestSupport.until(() -> hits.size() == 1, "the rare file is found");
        assertThat(hits.get(0).results().get(0).name()).isEqualTo("rare tune.ogg");
        assertThat(received(ups.get(4)) - before).as("the ultrapeer whose table matched was probed").isEqualTo(1);
    }

    private static Optional<Progress> progress(TestNode n, Guid guid) {
        return n.dq().orElseThrow().queries().stream().filter(p -> p.guid().equals(guid.hex())).findFirst();
    }
}
