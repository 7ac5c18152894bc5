package org.filbert.transfer.impl.proxy;

import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.filbert.routing.api.Peer;

/**
 * A leaf's push proxies: the address each acknowledging ultrapeer gave, by connection, in the
 * order they acknowledged; one goes when its connection does, so there are never more than
 * our ultrapeer connections. Thread-safe (one lock).
 */
final class OwnProxies {

    private final Map<Peer, InetSocketAddress> proxies = new LinkedHashMap<>();

    synchronized void put(Peer ultrapeer, InetSocketAddress proxy) {
        proxies.put(ultrapeer, proxy);
    }

    synchronized void remove(Peer ultrapeer) {
        proxies.remove(ultrapeer);
    }

    /** The first {@code max} proxies, oldest acknowledgement first, without repeats. */
    synchronized List<InetSocketAddress> first(int max) {
        return proxies.values().stream().distinct().limit(max).toList();
    }
}
