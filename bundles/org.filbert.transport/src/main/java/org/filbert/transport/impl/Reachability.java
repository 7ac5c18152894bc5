package org.filbert.transport.impl;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Whether others can connect to us: false until an incoming TCP connection (a handshake or
 * a connect-back probe answering our BEAR/7 request) proves otherwise. Also bounds how many
 * connect-back requests we send while we wait for that proof. Thread-safe.
 */
final class Reachability {

    private final AtomicBoolean reachable = new AtomicBoolean();
    private final AtomicInteger requests = new AtomicInteger();
    private final int maxRequests;

    Reachability(int maxRequests) {
        this.maxRequests = maxRequests;
    }

    boolean reachable() {
        return reachable.get();
    }

    /** Someone connected to us; returns true the first time. */
    boolean reached() {
        return reachable.compareAndSet(false, true);
    }

    /** Whether to ask one more peer to connect back: only while unproven, and a few times at most. */
    boolean mayRequestConnectBack() {
        return !reachable.get() && requests.getAndIncrement() < maxRequests;
    }
}
