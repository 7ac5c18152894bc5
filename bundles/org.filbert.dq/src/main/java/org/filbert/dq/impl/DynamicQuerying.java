package org.filbert.dq.impl;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.filbert.dq.api.DynamicQueries;
import org.filbert.dq.api.KeptResults;
import org.filbert.qrp.api.QueryRoutes;
import org.filbert.routing.api.DynamicQuery;
import org.filbert.routing.api.HitListener;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.PeerMessageHandler;
import org.filbert.routing.api.QueryDispatcher;
import org.filbert.wire.Guid;
import org.filbert.wire.Message;
import org.filbert.wire.QueryHit;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.vendor.QueryStatusRequest;
import org.filbert.wire.vendor.QueryStatusResponse;
import org.filbert.wire.vendor.VendorKey;
import org.filbert.wire.vendor.VendorPayload;
import org.filbert.wire.vendor.VendorRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Dynamic querying, both sides. As an ultrapeer's {@link QueryDispatcher} it runs each of
 * its own and its leaves' queries as a {@link QueryRun}, step by step on one timer thread,
 * counting the results the routing core reports and the counts leaves send (BEAR/12); our
 * own queries count the results our searches kept ({@link KeptResults}) instead, where a
 * search knows the query. As a leaf it answers its ultrapeer's status requests (BEAR/11)
 * with the results our search kept (0xFFFF, stop, once the user stopped it), or the
 * results routed back where no search knows the query. Bounded: at most {@code maxRunning} queries at once (more are declined
 * and forwarded by the strategy), the last {@code keepFinished} kept for display.
 * Thread-safe.
 */
@Component(immediate = true, service = {QueryDispatcher.class, PeerMessageHandler.class, HitListener.class, DynamicQueries.class},
        configurationPid = "org.filbert.dq", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = DqConfig.class)
public final class DynamicQuerying implements QueryDispatcher, PeerMessageHandler, HitListener, DynamicQueries {

    /** Own queries whose result counts we remember for our ultrapeers' status requests. */
    static final int OWN_QUERIES_KEPT = 256;

    private final DqConfig config;
    private final Logger log;
    private final Map<Guid, QueryRun> running = new ConcurrentHashMap<>();
    private final Deque<QueryRun> finished = new ArrayDeque<>();
    private final Map<Guid, Integer> ownResults = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Guid, Integer> eldest) {
            return size() > OWN_QUERIES_KEPT;
        }
    };
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "filbert-dq");
        t.setDaemon(true);
        return t;
    });
    private final List<KeptResults> keptResults = new CopyOnWriteArrayList<>();
    private volatile QueryRoutes routes;

    @Activate
    public DynamicQuerying(DqConfig config, @Reference(service = LoggerFactory.class) Logger log) {
        this.config = config;
        this.log = log;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindRoutes(QueryRoutes tables) {
        routes = tables;
    }

    public void unbindRoutes(QueryRoutes tables) {
        if (routes == tables) {
            routes = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindKeptResults(KeptResults kept) {
        keptResults.add(kept);
    }

    public void unbindKeptResults(KeptResults kept) {
        keptResults.remove(kept);
    }

    /** What the first search that knows the query says it kept (capped at STOP), or empty. */
    private OptionalInt kept(Guid guid) {
        byte[] bytes = guid.bytes();
        for (KeptResults k : keptResults) {
            OptionalInt kept = k.kept(bytes);
            if (kept.isPresent()) {
                return OptionalInt.of(Math.min(Math.max(kept.getAsInt(), 0), KeptResults.STOP));
            }
        }
        return OptionalInt.empty();
    }

    @Override
    public boolean dispatch(DynamicQuery query) {
        if (running.size() >= config.maxRunning()) {
            return false;
        }
        Guid guid = query.query().routing().guid();
        QueryRun run = new QueryRun(query, config, (peer, q) -> {
            QueryRoutes r = routes;
            return r == null ? java.util.Optional.empty() : r.mayMatch(peer, q);
        }, query.leaf().isPresent() ? OptionalInt::empty : () -> kept(guid), System.nanoTime());
        running.put(guid, run);
        timer.execute(() -> step(guid, run));
        return true;
    }

    private void step(Guid guid, QueryRun run) {
        long next;
        try {
            next = run.step(System.nanoTime());
        } catch (RuntimeException e) {
            log.warn("dynamic query {} failed: {}", guid.hex(), e.toString());
            next = -1;
        }
        if (next >= 0) {
            timer.schedule(() -> step(guid, run), next, TimeUnit.MILLISECONDS);
            return;
        }
        running.remove(guid);
        synchronized (finished) {
            finished.addLast(run);
            while (finished.size() > config.keepFinished()) {
                finished.removeFirst();
            }
        }
    }

    @Override
    public void results(Guid guid, int results) {
        QueryRun run = running.get(guid);
        if (run != null) {
            run.results(results);
        }
    }

    @Override
    public boolean handles(Message message) {
        return message instanceof VendorMessage vm && vm.vendor().equals(VendorKey.BEAR)
                && (vm.selector() == 11 || vm.selector() == 12) && vm.version() == 1;
    }

    @Override
    public void received(Peer from, Message message) {
        VendorPayload payload;
        try {
            payload = VendorRegistry.standard().decode((VendorMessage) message, WireLimits.DEFAULT);
        } catch (WireException e) {
            log.debug("bad query status message from peer {}: {}", from.id(), e.getMessage());
            return;
        }
        Guid guid = message.routing().guid();
        if (payload instanceof QueryStatusResponse status) {
            QueryRun run = running.get(guid);
            if (run != null) {
                run.leafReported(status.kept());
            }
        } else if (payload instanceof QueryStatusRequest) {
            from.send(new QueryStatusResponse(statusOf(guid)).toMessage(new Routing(guid, 1, 0)));
        }
    }

    /** Our answer to a status request: what our search kept, else the results routed back; below STOP unless stopped. */
    private int statusOf(Guid guid) {
        OptionalInt kept = kept(guid);
        if (kept.isPresent()) {
            return kept.getAsInt();
        }
        synchronized (ownResults) {
            return Math.min(ownResults.getOrDefault(guid, 0), KeptResults.STOP - 1);
        }
    }

    @Override
    public void connected(Peer peer) {
        // nothing per connection: runs follow the routing core's connections
    }

    @Override
    public void disconnected(Peer peer) {
        // a run notices a gone leaf or ultrapeer at its next step
    }

    /** Counts the results of hits for our own queries, for our ultrapeers' status requests. */
    @Override
    public void hit(QueryHit hit, Peer from) {
        synchronized (ownResults) {
            ownResults.merge(hit.routing().guid(), hit.results().size(), Integer::sum);
        }
    }

    @Override
    public List<Progress> queries() {
        long now = System.nanoTime();
        List<Progress> result = new ArrayList<>();
        running.values().stream().map(r -> r.progress(now)).sorted((a, b) -> b.elapsed().compareTo(a.elapsed())).forEach(result::add);
        synchronized (finished) {
            finished.descendingIterator().forEachRemaining(r -> result.add(r.progress(now)));
        }
        return result;
    }

    @Deactivate
    public void deactivate() {
        timer.shutdownNow();
    }
}
