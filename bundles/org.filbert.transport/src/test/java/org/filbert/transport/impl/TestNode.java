package org.filbert.transport.impl;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.dq.impl.DqConfig;
import org.filbert.dq.impl.DynamicQuerying;
import org.filbert.qrp.api.QueryRoutes.TableInfo;
import org.filbert.qrp.impl.QrpConfig;
import org.filbert.qrp.impl.QueryRouteTables;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.routing.impl.RouterComponent;
import org.filbert.routing.impl.RoutingConfig;
import org.filbert.routing.qrp.impl.UltrapeerStrategy;

/**
 * One node of a test network on 127.0.0.1, wired as Declarative Services would wire it: the
 * transport, the routing core with the {@code qrp} strategy, and, when asked, query routing
 * tables (refreshed every second, sharing the given names) and dynamic querying. Not
 * thread-safe; one test thread.
 *
 * @param tables present when the node routes by tables
 * @param dq present when the node runs dynamic querying
 */
record TestNode(NettyListener transport, RouterComponent router, Optional<QueryRouteTables> tables, Optional<DynamicQuerying> dq,
        NodeInfo info) {

    /** Transport and routing core only: every leaf gets every query. */
    static TestNode plain(Mode mode) throws Exception {
        return start(mode, false, null, new String[0]);
    }

    /** With query routing tables, sharing {@code shared}. */
    static TestNode withTables(Mode mode, String... shared) throws Exception {
        return start(mode, true, null, shared);
    }

    /** With tables and dynamic querying configured by {@code dqOverrides} (attribute name/value pairs). */
    static TestNode withDynamicQuerying(Mode mode, Object[] dqOverrides, String... shared) throws Exception {
        return start(mode, true, dqOverrides, shared);
    }

    private static TestNode start(Mode mode, boolean withTables, Object[] dqOverrides, String[] shared) throws Exception {
        NodeInfo info = TestSupport.node(mode);
        RouterComponent router = new RouterComponent(TestSupport.annotation(RoutingConfig.class), info, TestSupport.quietLogger());
        NettyListener transport = new NettyListener(TestSupport.config(), info, TestSupport.quietLogger());
        UltrapeerStrategy strategy = new UltrapeerStrategy();
        Optional<QueryRouteTables> tables = Optional.empty();
        if (withTables) {
            QueryRouteTables t = new QueryRouteTables(TestSupport.annotation(QrpConfig.class, "refreshSeconds", 1), transport,
                    TestSupport.quietLogger());
            t.addSource(() -> List.of(shared));
            strategy.bindRoutes(t);
            router.addHandler(t);
            tables = Optional.of(t);
        }
        Optional<DynamicQuerying> dq = Optional.empty();
        if (dqOverrides != null) {
            DynamicQuerying d = new DynamicQuerying(TestSupport.annotation(DqConfig.class, dqOverrides), TestSupport.quietLogger());
            tables.ifPresent(d::bindRoutes);
            router.addHandler(d);
            router.addListener(d);
            router.bindDispatcher(d);
            dq = Optional.of(d);
        }
        router.addStrategy(strategy, Map.of(RoutingStrategy.NAME, "qrp"));
        transport.bindRouter(router);
        return new TestNode(transport, router, tables, dq, info);
    }

    /** Connects every node to every later one: a full mesh of ultrapeers. */
    static void mesh(TestNode... nodes) throws Exception {
        for (int i = 0; i < nodes.length; i++) {
            for (int j = i + 1; j < nodes.length; j++) {
                nodes[i].connectTo(nodes[j]);
            }
        }
    }

    void connectTo(TestNode other) throws Exception {
        transport.connect(other.transport().listenAddress()).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** A routing counter, e.g. {@code count("query", "received")}. */
    long count(String type, String what) {
        return Optional.ofNullable(router.counters().get(type)).map(c -> c.getOrDefault(what, 0L)).orElse(0L);
    }

    /** Messages of a type received for the first time: neither dropped as duplicates nor later copies with a higher TTL. */
    long firstArrivals(String type) {
        return count(type, "received") - count(type, "dropped duplicate") - count(type, "duplicate with higher TTL");
    }

    Optional<TableInfo> table(String name) {
        return tables.flatMap(t -> t.tables().stream().filter(i -> i.name().equals(name)).findFirst());
    }

    void stop() throws Exception {
        transport.deactivate();
        tables.ifPresent(QueryRouteTables::deactivate);
        dq.ifPresent(DynamicQuerying::deactivate);
    }
}
