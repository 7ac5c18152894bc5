package org.filbert.bench.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.filbert.dq.api.DynamicQueries.Progress;
import org.filbert.dq.impl.DqConfig;
import org.filbert.dq.impl.DynamicQuerying;
import org.filbert.qrp.api.Keywords;
import org.filbert.qrp.impl.QrpConfig;
import org.filbert.qrp.impl.QueryRouteTables;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.routing.flood.impl.FloodStrategy;
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
import org.filbert.routing.testing.Stubs;

/**
 * One node wired as the OSGi runtime would wire it, by hand: the routing core with the
 * mode's strategy; in {@code qrp+dq} mode query routing tables fed by its shared names and,
 * on an ultrapeer, dynamic querying as the dispatcher. A leaf answers queries for the files
 * it shares (one hit, a result per matching file) and reports the hits for its own queries
 * to the {@link Traffic}. Thread-safe (the components are; links are added before the loops start).
 */
final class SimNode {

    private final String name;
    private final PeerRole role;
    private final int degree;
    private final EventLoops.Loop loop;
    private final RouterComponent router;
    private final QueryRouteTables tables;
    private final DynamicQuerying dq;
    private final AtomicLong connections = new AtomicLong();
    private final List<Link> links = new CopyOnWriteArrayList<>();

    SimNode(String name, PeerRole role, int degree, List<String> shares, RoutingMode mode, Options o, EventLoops.Loop loop,
            Traffic traffic) {
        this.name = name;
        this.role = role;
        this.degree = degree;
        this.loop = loop;
        var info = Stand.node(role == PeerRole.ULTRAPEER ? Mode.ULTRAPEER : Mode.LEAF);
        this.router = new RouterComponent(Stubs.config(RoutingConfig.class, "strategy", mode == RoutingMode.FLOOD ? "flood" : "qrp"),
                info, Stubs.quietLogger());
        if (mode == RoutingMode.FLOOD) {
            router.addStrategy(new FloodStrategy(), Map.of(RoutingStrategy.NAME, "flood"));
            tables = null;
            dq = null;
        } else {
            tables = new QueryRouteTables(Stubs.config(QrpConfig.class, "refreshSeconds", 1), Stand.status(role), Stubs.quietLogger());
            tables.addSource(() -> shares);
            UltrapeerStrategy strategy = new UltrapeerStrategy();
            strategy.bindRoutes(tables);
            router.addStrategy(strategy, Map.of(RoutingStrategy.NAME, "qrp"));
            router.addHandler(tables);
            dq = role == PeerRole.ULTRAPEER ? dynamicQuerying(o) : null;
        }
        if (role == PeerRole.LEAF) {
            Guid servent = Guid.of(info.serventGuid());
            router.addResponder(q -> answer(q, shares, servent));
            router.addListener((hit, from) -> traffic.delivered(hit));
        }
    }

    private DynamicQuerying dynamicQuerying(Options o) {
        DynamicQuerying d = new DynamicQuerying(Stubs.config(DqConfig.class, "leafTargetResults", o.target(), "probeConnections", o.probe(),
                "millisPerHop", o.millisPerHop(), "leavesPerUltrapeer", o.leaves()), Stubs.quietLogger());
        d.bindRoutes(tables);
        router.addHandler(d);
        router.addListener(d);
        router.bindDispatcher(d);
        return d;
    }

    /** One hit with a result for each shared file whose words hold every keyword of the query; none when nothing matches. */
    private static List<QueryHit> answer(Query q, List<String> shares, Guid servent) {
        List<String> keywords = Keywords.queryKeywords(q.searchText());
        List<QueryHitResult> results = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            if (!keywords.isEmpty() && Keywords.words(shares.get(i)).containsAll(keywords)) {
                results.add(QueryHitResult.of(i + 1, 1_000_000, shares.get(i), ExtensionBlock.EMPTY));
            }
        }
        return results.isEmpty() ? List.of()
                : List.of(new QueryHit(new Routing(q.routing().guid(), q.routing().hops() + 1, 0), 6346, Ipv4Address.of(127, 0, 0, 1),
                        1000, results, Optional.empty(), servent));
    }

    long nextConnectionId() {
        return connections.incrementAndGet();
    }

    void connected(Link link) {
        links.add(link);
        router.connected(link);
    }

    PeerRole role() {
        return role;
    }

    int degree() {
        return degree;
    }

    EventLoops.Loop loop() {
        return loop;
    }

    RouterComponent router() {
        return router;
    }

    List<Link> links() {
        return links;
    }

    /** Slots present in one of this node's query routing tables ({@code ours}, {@code merged}, {@code peer ID}); -1 without it. */
    int present(String table) {
        return tables == null ? -1
                : tables.tables().stream().filter(t -> t.name().equals(table)).mapToInt(t -> t.present()).findFirst().orElse(-1);
    }

    /** This ultrapeer's dynamic query of {@code guid}, if it ran one. */
    Optional<Progress> dynamicQuery(Guid guid) {
        return dq == null ? Optional.empty() : dq.queries().stream().filter(p -> p.guid().equals(guid.hex())).findFirst();
    }

    /** Whether this ultrapeer is running a dynamic query. */
    boolean querying() {
        return dq != null && dq.queries().stream().anyMatch(p -> p.state().equals("running"));
    }

    void stop() {
        if (tables != null) {
            tables.deactivate();
        }
        if (dq != null) {
            dq.deactivate();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
