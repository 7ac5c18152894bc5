package org.filbert.transport.impl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.Map;
import java.util.function.LongSupplier;

import org.filbert.wire.HostPort;
import org.filbert.wire.Ping;
import org.filbert.wire.Pong;
import org.filbert.wire.Routing;

/**
 * Recent pongs from our peers, one per announced host, so that a ping is answered from
 * here instead of being broadcast (pong caching): bounded in entries, each kept for a
 * lifetime; the transport refreshes it by pinging its ultrapeers. Thread-safe (synchronised).
 */
final class PongCache {

    private record Entry(Pong pong, long fromConnection, long receivedNanos) {
    }

    private final int capacity;
    private final long lifetimeNanos;
    private final LongSupplier clock;
    /** Insertion order: a host heard again moves to the end; the eldest is evicted first. */
    private final Map<HostPort, Entry> entries = new LinkedHashMap<>();

    PongCache(int capacity, long lifetimeNanos, LongSupplier clock) {
        this.capacity = capacity;
        this.lifetimeNanos = lifetimeNanos;
        this.clock = clock;
    }

    /** Remembers a pong that connection {@code from} relayed or sent. */
    synchronized void add(Pong pong, long from) {
        HostPort host = pong.host();
        entries.remove(host);
        entries.put(host, new Entry(pong, from, clock.getAsLong()));
        if (entries.size() > capacity) {
            Iterator<HostPort> eldest = entries.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    /**
     * Up to {@code max} cached pongs answering {@code ping} from connection {@code asking},
     * freshest first, none learnt from the asker and none for the asker's own listening
     * address, each carrying the ping's GUID and one hop more than it came with.
     */
    synchronized List<Pong> answer(Ping ping, long asking, Optional<InetSocketAddress> askerListens, int max) {
        expire();
        List<Entry> fresh = new ArrayList<>(entries.values());
        List<Pong> answer = new ArrayList<>();
        int ttl = Math.max(1, ping.routing().hops() + 1);
        for (int i = fresh.size() - 1; i >= 0 && answer.size() < max; i--) {
            Entry e = fresh.get(i);
            Pong p = e.pong();
            boolean askersOwn = askerListens.filter(a -> a.getPort() == p.port()
                    && java.util.Arrays.equals(a.getAddress().getAddress(), p.address().toInetAddress().getAddress())).isPresent();
            if (e.fromConnection() != asking && !askersOwn) {
                answer.add(p.withRouting(new Routing(ping.routing().guid(), ttl, Math.min(255, p.routing().hops() + 1))));
            }
        }
        return answer;
    }

    synchronized int size() {
        expire();
        return entries.size();
    }

    private void expire() {
        long now = clock.getAsLong();
        entries.values().removeIf(e -> now - e.receivedNanos() > lifetimeNanos);
    }
}
