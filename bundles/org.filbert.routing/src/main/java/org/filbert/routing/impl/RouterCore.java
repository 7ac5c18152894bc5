package org.filbert.routing.impl;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.DynamicQuery;
import org.filbert.routing.api.HitListener;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.PeerMessageHandler;
import org.filbert.routing.api.QueryDispatcher;
import org.filbert.routing.api.PushListener;
import org.filbert.routing.api.QueryResponder;
import org.filbert.routing.api.Router;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.wire.Guid;
import org.filbert.wire.Message;
import org.filbert.wire.Push;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.Routing;

/**
 * The routing core: drops duplicate queries (unless one arrives with a higher TTL) and pushes, trims TTL so that TTL + hops stays
 * within the configured maximum, remembers where each query came from (to send hits back)
 * and which connection each servent GUID answered through (to send pushes on; a push for
 * our own servent GUID is delivered here, for transfers to act on), asks local
 * responders for hits, and forwards queries where the active strategy says, with TTL−1,
 * hops+1 and the target's X-Max-TTL (an ultrapeer's leaves get the last hop at TTL 1). Pings are answered by the transport;
 * other messages are counted and handed to the {@link PeerMessageHandler} that takes them
 * (query routing tables), if any. Thread-safe; never blocks.
 */
final class RouterCore implements Router {

    private volatile boolean ultrapeer;
    private final Guid self;
    private final int maxTtl;
    private final Supplier<Optional<RoutingStrategy>> strategy;
    private final Supplier<Collection<QueryResponder>> responders;
    private final Supplier<Collection<HitListener>> listeners;
    private final Supplier<Collection<PushListener>> pushListeners;
    private final Supplier<Collection<PeerMessageHandler>> handlers;
    private final Supplier<Optional<QueryDispatcher>> dispatcher;
    private final Set<Peer> peers = ConcurrentHashMap.newKeySet();
    /** Pushes seen, for duplicate suppression. */
    private final GuidTable<Boolean> seen;
    /**
     * Queries seen, with the highest TTL each arrived with: a duplicate is dropped unless it
     * arrives with a higher TTL (an earlier copy came the short way, as a dynamic query's probe
     * does), in which case it goes on, as gtk-gnutella does, without being answered again.
     */
    private final GuidTable<Integer> queryTtls;
    private final GuidTable<Peer> queryRoutes;
    private final GuidTable<Peer> pushRoutes;
    /** GUIDs of the queries handed to the dispatcher, whose hits it is told about. */
    private final GuidTable<Boolean> dynamicQueries;
    private final MessageCounters counters = new MessageCounters();
    /** The route of our own queries: hits for them are delivered to the listeners. */
    private final Peer local = new LocalPeer();

    RouterCore(boolean ultrapeer, Guid self, RoutingConfig config, Supplier<Optional<RoutingStrategy>> strategy,
            Supplier<Collection<QueryResponder>> responders, Supplier<Collection<HitListener>> listeners,
            Supplier<Collection<PushListener>> pushListeners, Supplier<Collection<PeerMessageHandler>> handlers, Supplier<Optional<QueryDispatcher>> dispatcher, LongSupplier clock) {
        this.ultrapeer = ultrapeer;
        this.self = self;
        this.maxTtl = config.maxTtl();
        this.strategy = strategy;
        this.responders = responders;
        this.listeners = listeners;
        this.pushListeners = pushListeners;
        this.handlers = handlers;
        this.dispatcher = dispatcher;
        long lifetime = TimeUnit.SECONDS.toNanos(config.routeLifetimeSeconds());
        this.seen = new GuidTable<>(config.routeTableSize(), lifetime, clock);
        this.queryTtls = new GuidTable<>(config.routeTableSize(), lifetime, clock);
        this.queryRoutes = new GuidTable<>(config.routeTableSize(), lifetime, clock);
        this.pushRoutes = new GuidTable<>(config.routeTableSize(), lifetime, clock);
        this.dynamicQueries = new GuidTable<>(config.routeTableSize(), lifetime, clock);
    }

    @Override
    public void connected(Peer peer) {
        peers.add(peer);
        handlers.get().forEach(h -> h.connected(peer));
    }

    @Override
    public void disconnected(Peer peer) {
        peers.remove(peer);
        handlers.get().forEach(h -> h.disconnected(peer));
    }

    /** The open connections, for a handler that appears while the node runs. */
    Collection<Peer> peers() {
        return List.copyOf(peers);
    }

    @Override
    public void role(PeerRole self) {
        ultrapeer = self == PeerRole.ULTRAPEER;
    }

    @Override
    public void received(Peer from, Message message) {
        String type = typeOf(message);
        counters.count(type, "received");
        if (message instanceof Query query) {
            query(from, query, type);
        } else if (message instanceof QueryHit hit) {
            hit(from, hit, type);
        } else if (message instanceof Push push) {
            push(from, push, type);
        } else {
            for (PeerMessageHandler handler : handlers.get()) {
                if (handler.handles(message)) {
                    handler.received(from, message);
                    return;
                }
            }
        }
    }

    private void query(Peer from, Query query, String type) {
        int arriving = query.routing().ttl();
        Integer highest = queryTtls.update(query.routing().guid(), old -> old == null ? arriving : Math.max(old, arriving));
        if (highest != null) {
            if (arriving <= highest || from.role() == PeerRole.LEAF) {
                counters.dropped(type, RouteDrop.DUPLICATE);
                return;
            }
            counters.count(type, "duplicate with higher TTL");
        } else {
            queryRoutes.put(query.routing().guid(), from);
            for (QueryResponder responder : responders.get()) {
                for (QueryHit hit : responder.respond(query)) {
                    sendCounted(from, hit, typeOf(hit), "answered");
                }
            }
        }
        int ttl = Math.min(query.routing().ttl(), maxTtl - query.routing().hops());
        Query onward = query.withRouting(new Routing(query.routing().guid(), Math.max(0, ttl - 1), query.routing().hops() + 1));
        if (highest == null && from.role() == PeerRole.LEAF && dispatched(onward, from, type) >= 0) {
            return;
        }
        int sent = highest == null ? forward(onward, from, type) : forward(onward, from, type, PeerRole.ULTRAPEER);
        if (sent == 0) {
            counters.count(type, "end of path");
        }
    }

    /** Sends our own query through the strategy (dynamically, as an ultrapeer with a dispatcher); returns how many peers it went to at once. */
    int originate(Query query) {
        queryTtls.put(query.routing().guid(), query.routing().ttl());
        queryRoutes.put(query.routing().guid(), local);
        int dispatched = dispatched(query, null, typeOf(query));
        return dispatched >= 0 ? dispatched : forward(query, null, typeOf(query));
    }

    /**
     * As an ultrapeer with a dispatcher: sends a leaf's or our own query to our leaves now
     * and hands it to the dispatcher for the ultrapeers. Returns how many leaves it went to,
     * or -1 when it is not dispatched (and the caller forwards it by the strategy).
     */
    private int dispatched(Query query, Peer from, String type) {
        Optional<QueryDispatcher> d = dispatcher.get();
        if (!ultrapeer || d.isEmpty()) {
            return -1;
        }
        DynamicQuery dynamic = new CoreDynamicQuery(query, from);
        if (!d.get().dispatch(dynamic)) {
            return -1;
        }
        dynamicQueries.put(query.routing().guid(), Boolean.TRUE);
        return forward(query, from, type, PeerRole.LEAF);
    }

    /** What the dispatcher sees of one query: the ultrapeers now open, and a counted send. */
    private final class CoreDynamicQuery implements DynamicQuery {
        private final Query query;
        private final Peer from;

        CoreDynamicQuery(Query query, Peer from) {
            this.query = query;
            this.from = from;
        }

        @Override
        public Query query() {
            return query;
        }

        @Override
        public Optional<Peer> leaf() {
            return Optional.ofNullable(from);
        }

        @Override
        public List<Peer> ultrapeers() {
            return peers.stream().filter(p -> p.role() == PeerRole.ULTRAPEER && p != from && p.isOpen())
                    .sorted(java.util.Comparator.comparingLong(Peer::id)).toList();
        }

        @Override
        public boolean send(Peer ultrapeer, int ttl) {
            int capped = Math.min(ttl, ultrapeer.maxTtl());
            if (capped < 1 || !ultrapeer.isOpen()) {
                return false;
            }
            Routing r = query.routing();
            return sendCounted(ultrapeer, query.withRouting(new Routing(r.guid(), capped, r.hops())), typeOf(query),
                    from == null ? "sent" : "forwarded");
        }
    }

    /** Sends our own push along the route of the servent's hit; false without a route. */
    boolean originate(Push push) {
        seen.put(push.routing().guid(), Boolean.TRUE);
        Peer to = pushRoutes.get(push.serventGuid());
        if (to == null || to == local || !to.isOpen()) {
            counters.dropped(typeOf(push), RouteDrop.NO_ROUTE);
            return false;
        }
        return sendCounted(to, push, typeOf(push), "sent");
    }

    /**
     * Sends a query (already carrying the TTL and hops it leaves with) to the strategy's
     * targets, each capped at its X-Max-TTL; targets with the same TTL get the same copy (so
     * the transport encodes it once). A copy whose TTL reached 0 goes nowhere, except
     * from an ultrapeer into its leaves: that last hop is part of the ultrapeer's own reach.
     */
    private int forward(Query query, Peer from, String type) {
        return forward(query, from, type, null);
    }

    /** As {@link #forward(Query, Peer, String)}, to peers of {@code only} that role when not null. */
    private int forward(Query query, Peer from, String type, PeerRole only) {
        Optional<RoutingStrategy> active = strategy.get();
        if (active.isEmpty()) {
            counters.dropped(type, RouteDrop.NO_STRATEGY);
            return 0;
        }
        int sent = 0;
        Routing r = query.routing();
        Query[] byTtl = new Query[Math.max(r.ttl(), 1) + 1];
        byTtl[r.ttl()] = query;
        for (Peer target : active.get().targets(ultrapeer, query, from, List.copyOf(peers))) {
            int ttl = Math.min(r.ttl(), target.maxTtl());
            if (ttl < 1 && ultrapeer && target.role() == PeerRole.LEAF) {
                ttl = 1;
            }
            if (target == from || !target.isOpen() || ttl < 1 || (only != null && target.role() != only)) {
                continue;
            }
            if (byTtl[ttl] == null) {
                byTtl[ttl] = query.withRouting(new Routing(r.guid(), ttl, r.hops()));
            }
            Query copy = byTtl[ttl];
            if (sendCounted(target, copy, type, from == null ? "sent" : "forwarded")) {
                sent++;
            }
        }
        return sent;
    }

    private void hit(Peer from, QueryHit hit, String type) {
        pushRoutes.put(hit.serventGuid(), from);
        Peer back = queryRoutes.get(hit.routing().guid());
        if (dynamicQueries.get(hit.routing().guid()) != null) {
            dispatcher.get().ifPresent(d -> d.results(hit.routing().guid(), hit.results().size()));
        }
        if (back == local) {
            listeners.get().forEach(l -> l.hit(hit, from));
            counters.count(type, "delivered");
        } else {
            routeBack(back, hit, type);
        }
    }

    private void push(Peer from, Push push, String type) {
        if (!seen.putIfAbsent(push.routing().guid(), Boolean.TRUE)) {
            counters.dropped(type, RouteDrop.DUPLICATE);
            return;
        }
        if (push.serventGuid().equals(self)) {
            pushListeners.get().forEach(l -> l.push(push, from));
            counters.count(type, "delivered");
            return;
        }
        routeBack(pushRoutes.get(push.serventGuid()), push, type);
    }

    /** Sends a hit or push one step back along its route, with TTL−1 and hops+1. */
    private void routeBack(Peer to, Message message, String type) {
        if (to == null || to == local || !to.isOpen()) {
            counters.dropped(type, RouteDrop.NO_ROUTE);
            return;
        }
        Routing r = message.routing();
        if (r.ttl() <= 1) {
            counters.dropped(type, RouteDrop.TTL_EXPIRED);
            return;
        }
        sendCounted(to, message.withRouting(new Routing(r.guid(), r.ttl() - 1, r.hops() + 1)), type, "forwarded");
    }

    private boolean sendCounted(Peer to, Message message, String type, String what) {
        if (to.send(message)) {
            counters.count(type, what);
            return true;
        }
        counters.dropped(type, RouteDrop.NOT_SENT);
        return false;
    }

    static String typeOf(Message message) {
        return message.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    Map<String, Map<String, Long>> counters() {
        return counters.snapshot();
    }

    Map<String, Integer> tableSizes() {
        return Map.of("queries", queryRoutes.size(), "pushes", pushRoutes.size(), "seen", seen.size() + queryTtls.size());
    }
}
