package org.filbert.search.impl;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.NetworkStatus;
import org.filbert.dq.api.KeptResults;
import org.filbert.routing.api.HitListener;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.RoutingStatus;
import org.filbert.search.api.Candidate;
import org.filbert.search.api.Result;
import org.filbert.search.api.ResultFilter;
import org.filbert.search.api.Search;
import org.filbert.search.api.SearchOptions;
import org.filbert.search.api.Searches;
import org.filbert.wire.Guid;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.FieldOption;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The user's searches. Starting one checks its text ({@link SearchText}) and sends its
 * query through the routing core ({@link RoutingStatus#query}); the core delivers the hits
 * for our queries here ({@link HitListener}), on the event loop that received them: each
 * entry without a SHA-1 is counted, each other one asked of the filters — the built-in
 * spam shapes ({@link DisguisedExecutableFilter}, {@link EchoFilter}) where configured,
 * the search's own options ({@link OptionsFilter}), then every {@link ResultFilter}
 * service — and kept by its search ({@link SearchState}) unless one rejects it. Tells
 * dynamic querying what each search kept ({@link KeptResults}). Bounded: at most
 * {@code maxRunning} searches take hits (starting another stops the oldest running one),
 * at most {@code keepStopped} stopped ones are kept. Routing and the network status are
 * optional, so searches outlive a swap of either. Thread-safe: the searches' list is
 * guarded by this component's lock, each search by its own.
 */
@Component(immediate = true, service = {Searches.class, HitListener.class, KeptResults.class},
        configurationPid = "org.filbert.search", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SearchConfig.class)
public final class SearchComponent implements Searches, HitListener, KeptResults {

    private final SearchConfig config;
    private final Logger log;
    private final HitReader reader;
    private final List<ResultFilter> builtIn = new ArrayList<>();
    /** Every search kept, oldest first; guarded by {@code this}. */
    private final Map<Integer, SearchState> byId = new LinkedHashMap<>();
    private final Map<Guid, SearchState> byGuid = new ConcurrentHashMap<>();
    private int nextId = 1;
    /** Filters of other bundles (DS updates the list; package-private for tests, as the two below). */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, fieldOption = FieldOption.UPDATE)
    final List<ResultFilter> filters = new CopyOnWriteArrayList<>();
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile RoutingStatus routing;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    volatile NetworkStatus network;

    @Activate
    public SearchComponent(SearchConfig config, @Reference(service = LoggerFactory.class) Logger log) {
        this.config = config;
        this.log = log;
        this.reader = new HitReader(config.maxPushProxies());
        if (config.disguisedExecutableFilter()) {
            builtIn.add(new DisguisedExecutableFilter());
        }
        if (config.echoFilter()) {
            builtIn.add(new EchoFilter());
        }
        builtIn.add(new OptionsFilter());
    }

    @Override
    public Search start(String text, SearchOptions options) {
        Objects.requireNonNull(options, "options");
        SearchText checked = SearchText.parse(text);
        RoutingStatus r = routing;
        if (r == null) {
            throw new IllegalStateException("routing is not running; no search can be sent");
        }
        NetworkStatus net = network;
        Query query = checked.query(net != null && net.reachable(), config.queryTtl());
        Guid guid = query.routing().guid();
        SearchState search;
        synchronized (this) {
            stopOldestRunning();
            int id = nextId++;
            search = new SearchState(id, guid.hex(), text.strip(), options, Instant.now(), config);
            byId.put(id, search);
            byGuid.put(guid, search);
        }
        search.sentTo(r.query(query));
        return search.snapshot();
    }

    /** Makes room for one more running search. Holds this lock. */
    private void stopOldestRunning() {
        List<SearchState> running = byId.values().stream().filter(SearchState::running).toList();
        for (int i = 0; i <= running.size() - config.maxRunning(); i++) {
            running.get(i).stop();
        }
        forgetOldStopped();
    }

    /** Forgets the oldest stopped searches beyond {@code keepStopped}. Holds this lock. */
    private void forgetOldStopped() {
        long stopped = byId.values().stream().filter(s -> !s.running()).count();
        for (Iterator<SearchState> it = byId.values().iterator(); it.hasNext() && stopped > config.keepStopped();) {
            SearchState s = it.next();
            if (!s.running()) {
                it.remove();
                byGuid.values().remove(s);
                stopped--;
            }
        }
    }

    @Override
    public synchronized boolean stop(int id) {
        SearchState s = byId.get(id);
        if (s == null || !s.stop()) {
            return false;
        }
        forgetOldStopped();
        return true;
    }

    @Override
    public synchronized List<Search> list() {
        return byId.values().stream().map(SearchState::snapshot).toList();
    }

    private synchronized SearchState search(int id) {
        SearchState s = byId.get(id);
        if (s == null) {
            throw new IllegalArgumentException("no search " + id);
        }
        return s;
    }

    @Override
    public List<Result> results(int id) {
        return search(id).results();
    }

    @Override
    public Optional<Result> result(int searchId, int resultNumber) {
        SearchState s;
        synchronized (this) {
            s = byId.get(searchId);
        }
        return s == null ? Optional.empty() : s.result(resultNumber);
    }

    @Override
    public void hit(QueryHit hit, Peer from) {
        SearchState search = byGuid.get(hit.routing().guid());
        if (search == null || !search.running()) {
            return;
        }
        search.hitReceived();
        for (HitEntry entry : reader.read(hit)) {
            if (entry.sha1().isEmpty()) {
                search.rejected(SearchState.NO_HASH);
                continue;
            }
            String sha1 = entry.sha1().get();
            Candidate candidate = new Candidate(search.text(), search.options(), entry.name(), entry.size(), sha1,
                    entry.source().vendor());
            Optional<String> reason = rejection(candidate);
            if (reason.isPresent()) {
                search.rejected(reason.get());
            } else {
                search.add(entry, sha1);
            }
        }
    }

    /** The first filter's reason to reject, built-in ones first; a filter that fails lets the entry pass. */
    private Optional<String> rejection(Candidate candidate) {
        for (List<ResultFilter> list : List.of(builtIn, filters)) {
            for (ResultFilter f : list) {
                try {
                    Optional<String> reason = f.reject(candidate);
                    if (reason != null && reason.isPresent()) {
                        return reason;
                    }
                } catch (RuntimeException e) {
                    log.debug("result filter {} failed: {}", f.getClass().getName(), e.toString());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public OptionalInt kept(byte[] queryGuid) {
        if (queryGuid == null || queryGuid.length != Guid.LENGTH) {
            return OptionalInt.empty();
        }
        SearchState s = byGuid.get(Guid.of(queryGuid));
        return s == null ? OptionalInt.empty() : s.keptForQuerying();
    }
}
