package org.filbert.dq.impl;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.filbert.dq.api.DynamicQueries.Progress;
import org.filbert.dq.api.KeptResults;
import org.filbert.routing.api.DynamicQuery;
import org.filbert.routing.api.Peer;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.vendor.QueryStatusRequest;

/**
 * One dynamic query. The first step probes: TTL 1 to a few ultrapeers whose tables may
 * match (those that sent none too, after the matching ones); a TTL-1 copy is a last hop, so
 * an ultrapeer whose table rules the query out gets none. Each later step, while the results are short of the target, sends one
 * more ultrapeer a copy with the TTL the results so far call for (towards the target: 150
 * for our own queries, 50 for a leaf's, as gtk-gnutella) (the hosts still needed at
 * the results-per-host seen so far, through that ultrapeer's degree), then waits as many
 * hop times as that TTL. It stops at the target, at the horizon cap, at the time cap, when
 * no ultrapeer is left, or when its leaf says stop. A leaf-guided query asks its leaf for
 * its own count (BEAR/11) each step and uses the answer (BEAR/12), which counts only the
 * results the leaf kept. Our own query counts the results our search kept
 * ({@link KeptResults}) where the search knows it, and stops when the search was stopped;
 * otherwise, and for a leaf that never answers, the results routed back count. Results
 * arrive from any thread; steps run on the dispatcher's one timer thread.
 */
final class QueryRun {

    /** A leaf's count meaning "stop this query". */
    static final int LEAF_STOP = KeptResults.STOP;

    private final DynamicQuery query;
    private final DqConfig config;
    private final BiFunction<Peer, Query, Optional<Boolean>> tables;
    private final Supplier<OptionalInt> ownKept;
    private final long startedNanos;
    private final int target;
    private final AtomicInteger routed = new AtomicInteger();
    private volatile int leafKept = -1;
    private final Set<Peer> queried = new HashSet<>();
    private volatile long horizon;
    private volatile int sentTo;
    private volatile String state = "running";
    private volatile long endedNanos;
    private boolean probed;

    /**
     * @param tables whether a peer's query routing table may match the query (empty: no table)
     * @param ownKept for our own query, the results our search kept (empty when no search knows it)
     */
    QueryRun(DynamicQuery query, DqConfig config, BiFunction<Peer, Query, Optional<Boolean>> tables,
            Supplier<OptionalInt> ownKept, long startedNanos) {
        this.query = query;
        this.config = config;
        this.tables = tables;
        this.ownKept = ownKept;
        this.startedNanos = startedNanos;
        this.target = query.leaf().isPresent() ? config.leafTargetResults() : config.targetResults();
    }

    void results(int count) {
        routed.addAndGet(count);
    }

    void leafReported(int kept) {
        leafKept = kept;
    }

    boolean running() {
        return state.equals("running");
    }

    int results() {
        int kept = leafKept;
        if (kept >= 0 && kept != LEAF_STOP) {
            return kept;
        }
        OptionalInt own = ownKept.get();
        return own.isPresent() && own.getAsInt() != KeptResults.STOP ? own.getAsInt() : routed.get();
    }

    /** Takes the next step; returns the milliseconds until the one after, or -1 when finished. */
    long step(long nowNanos) {
        if (!running()) {
            return -1;
        }
        Optional<String> stop = stopReason(nowNanos);
        if (stop.isPresent()) {
            return finish(stop.get(), nowNanos);
        }
        askLeaf();
        List<Peer> left = query.ultrapeers().stream().filter(p -> !queried.contains(p)).toList();
        if (left.isEmpty()) {
            return finish("no ultrapeer left", nowNanos);
        }
        if (!probed) {
            probed = true;
            List<Peer> order = left.stream().filter(p -> tables.apply(p, query.query()).orElse(true))
                    .sorted((a, b) -> Boolean.compare(matches(b), matches(a))).toList();
            if (!order.isEmpty()) {
                for (Peer p : order.subList(0, Math.min(config.probeConnections(), order.size()))) {
                    send(p, 1);
                }
                return config.millisPerHop();
            }
        }
        Peer next = left.get(0);
        int degree = Horizon.degreeOf(next.header("X-Degree"));
        int ttl = horizon == 0 || results() == 0 ? Math.min(3, config.maxTtl())
                : Horizon.ttlFor(hostsNeeded(), degree, config.maxTtl(), config.leavesPerUltrapeer());
        send(next, ttl);
        return (long) ttl * config.millisPerHop();
    }

    private long finish(String reason, long nowNanos) {
        endedNanos = nowNanos;
        state = reason;
        return -1;
    }

    private Optional<String> stopReason(long nowNanos) {
        if (leafKept == LEAF_STOP) {
            return Optional.of("stopped by its leaf");
        }
        if (ownKept.get().equals(OptionalInt.of(KeptResults.STOP))) {
            return Optional.of("stopped by its search");
        }
        if (results() >= target) {
            return Optional.of("enough results");
        }
        if (horizon >= config.maxHorizon()) {
            return Optional.of("horizon cap");
        }
        if (Duration.ofNanos(nowNanos - startedNanos).toSeconds() >= config.maxSeconds()) {
            return Optional.of("time cap");
        }
        return query.leaf().filter(l -> !l.isOpen()).map(l -> "leaf gone");
    }

    /** Hosts still to reach for the missing results, at the results per host seen so far. */
    private long hostsNeeded() {
        double perHost = (double) results() / Math.max(1, horizon);
        return (long) Math.ceil((target - results()) / perHost);
    }

    private boolean matches(Peer p) {
        return tables.apply(p, query.query()).orElse(false);
    }

    private void send(Peer p, int ttl) {
        queried.add(p);
        if (query.send(p, ttl)) {
            sentTo++;
            horizon += Horizon.hosts(Horizon.degreeOf(p.header("X-Degree")), Math.min(ttl, p.maxTtl()), config.leavesPerUltrapeer());
        }
    }

    private void askLeaf() {
        Query q = query.query();
        query.leaf().filter(l -> q.leafGuided())
                .ifPresent(l -> l.send(new QueryStatusRequest().toMessage(new Routing(q.routing().guid(), 1, 0))));
    }

    Progress progress(long nowNanos) {
        Query q = query.query();
        return new Progress(q.routing().guid().hex(), q.searchText(), query.leaf().map(l -> "leaf " + l.id()).orElse("own"),
                results(), target, sentTo, horizon,
                Duration.ofNanos((running() ? nowNanos : endedNanos) - startedNanos), state);
    }
}
