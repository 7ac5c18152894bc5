package org.filbert.transport.impl;

import java.util.ArrayDeque;
import java.util.Deque;

import org.filbert.api.node.Mode;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test started (transports, test nodes, anything with a stop), stopped after each test,
 * last started first. Register with {@code @RegisterExtension}. Not thread-safe; one test thread.
 */
final class StartedNodes implements AfterEachCallback {

    /** How to stop one thing. */
    interface Stop {
        void stop() throws Exception;
    }

    private record Started(Object thing, Stop stop) {
    }

    private final Deque<Started> started = new ArrayDeque<>();

    /** Remembers {@code thing} to be stopped by {@code stop} after the test; returns it. */
    <T> T add(T thing, Stop stop) {
        started.push(new Started(thing, stop));
        return thing;
    }

    /** Stops {@code thing} now, during the test, and forgets it. */
    void stopNow(Object thing) throws Exception {
        for (Started s : started) {
            if (s.thing() == thing) {
                started.remove(s);
                s.stop().stop();
                return;
            }
        }
        throw new IllegalArgumentException("not started here: " + thing);
    }

    /** A transport with a routing core (qrp strategy), as {@link TestSupport#listener}. */
    NettyListener listener(Mode mode, Object... overrides) throws Exception {
        NettyListener n = TestSupport.listener(mode, overrides);
        return add(n, n::deactivate);
    }

    /** A test node, stopped after the test. */
    TestNode node(TestNode node) {
        return add(node, node::stop);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        while (!started.isEmpty()) {
            started.pop().stop().stop();
        }
    }
}
