package org.filbert.hostcache.impl;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.filbert.api.network.KnownHost;

/**
 * The known hosts in memory: at most {@code maxHosts} (the least recently seen are dropped
 * first), a host forgotten after {@code maxFailures} failed attempts in a row, and one that
 * failed not offered again before {@code retryAfter}. Thread-safe (synchronised).
 */
final class HostTable {

    private final int maxHosts;
    private final int maxFailures;
    private final Duration retryAfter;
    private final Clock clock;
    private final Map<InetSocketAddress, KnownHost> hosts = new LinkedHashMap<>();
    private final Map<InetSocketAddress, Instant> lastFailure = new LinkedHashMap<>();

    HostTable(int maxHosts, int maxFailures, Duration retryAfter, Clock clock) {
        this.maxHosts = maxHosts;
        this.maxFailures = maxFailures;
        this.retryAfter = retryAfter;
        this.clock = clock;
    }

    synchronized void learn(InetSocketAddress address, boolean ultrapeer, String source) {
        KnownHost old = hosts.get(address);
        put(new KnownHost(address, ultrapeer || (old != null && old.ultrapeer()), clock.instant(),
                old == null ? 0 : old.failures(), old == null ? source : old.source()));
    }

    /** A host read back from the file, as it was. */
    synchronized void restore(KnownHost host) {
        put(host);
    }

    private void put(KnownHost host) {
        hosts.remove(host.address());
        hosts.put(host.address(), host);
        if (hosts.size() > maxHosts) {
            InetSocketAddress stalest = hosts.values().stream().min(Comparator.comparing(KnownHost::lastSeen)).orElseThrow().address();
            hosts.remove(stalest);
            lastFailure.remove(stalest);
        }
    }

    synchronized void connected(InetSocketAddress address) {
        KnownHost h = hosts.get(address);
        lastFailure.remove(address);
        if (h != null) {
            hosts.put(address, new KnownHost(address, h.ultrapeer(), clock.instant(), 0, h.source()));
        }
    }

    synchronized void failed(InetSocketAddress address) {
        KnownHost h = hosts.get(address);
        if (h == null) {
            return;
        }
        if (h.failures() + 1 >= maxFailures) {
            hosts.remove(address);
            lastFailure.remove(address);
            return;
        }
        hosts.put(address, new KnownHost(address, h.ultrapeer(), h.lastSeen(), h.failures() + 1, h.source()));
        lastFailure.put(address, clock.instant());
    }

    synchronized Optional<KnownHost> next(boolean ultrapeersOnly, Set<InetSocketAddress> exclude) {
        Instant now = clock.instant();
        return hosts.values().stream()
                .filter(h -> !ultrapeersOnly || h.ultrapeer())
                .filter(h -> !exclude.contains(h.address()))
                .filter(h -> !lastFailure.containsKey(h.address()) || !lastFailure.get(h.address()).plus(retryAfter).isAfter(now))
                .min(Comparator.comparingInt(KnownHost::failures).thenComparing(KnownHost::lastSeen, Comparator.reverseOrder()));
    }

    synchronized List<KnownHost> all() {
        return hosts.values().stream().sorted(Comparator.comparing(KnownHost::lastSeen).reversed()).toList();
    }
}
