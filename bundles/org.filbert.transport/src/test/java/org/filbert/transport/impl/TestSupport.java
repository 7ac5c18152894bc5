package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.routing.impl.RouterComponent;
import org.filbert.routing.impl.RoutingConfig;
import org.filbert.routing.qrp.impl.UltrapeerStrategy;
import org.filbert.wire.Guid;
import org.filbert.routing.testing.Stubs;
import org.osgi.service.log.Logger;

/** Builds what a transport needs outside OSGi: a configuration, a NodeInfo, a quiet logger. */
final class TestSupport {

    private TestSupport() {
    }

    /** The transport's configuration: defaults, loopback and port 0, with overrides by attribute name. */
    static TransportConfig config(Object... overrides) {
        Object[] all = new Object[overrides.length + 4];
        System.arraycopy(new Object[] {"port", 0, "bindAddress", "127.0.0.1"}, 0, all, 0, 4);
        System.arraycopy(overrides, 0, all, 4, overrides.length);
        return annotation(TransportConfig.class, all);
    }

    /** A configuration annotation with its defaults, overridden by attribute name/value pairs. */
    static <A> A annotation(Class<A> type, Object... overrides) {
        return Stubs.config(type, overrides);
    }

    /** Waits up to 15 s for a condition, failing with {@code what}. */
    static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    static NodeInfo node(Mode mode) {
        return node(mode, Path.of("target"));
    }

    static NodeInfo node(Mode mode, Path data) {
        Instant started = Instant.now();
        byte[] guid = Guid.random().bytes();
        return new NodeInfo() {
            @Override
            public String version() {
                return "test";
            }

            @Override
            public Mode mode() {
                return mode;
            }

            @Override
            public Path dataDirectory() {
                return data;
            }

            @Override
            public Instant startedAt() {
                return started;
            }

            @Override
            public byte[] serventGuid() {
                return guid.clone();
            }
        };
    }

    static Logger quietLogger() {
        return Stubs.quietLogger();
    }

    /** A transport with a routing core (qrp strategy), as in a running node. */
    static NettyListener listener(Mode mode, Object... overrides) throws Exception {
        NodeInfo info = node(mode);
        NettyListener transport = new NettyListener(config(overrides), info, quietLogger());
        transport.bindRouter(router(info));
        return transport;
    }

    static RouterComponent router(NodeInfo info) {
        RouterComponent router = new RouterComponent(annotation(RoutingConfig.class), info, quietLogger());
        router.addStrategy(new UltrapeerStrategy(), Map.of(RoutingStrategy.NAME, "qrp"));
        return router;
    }
}
