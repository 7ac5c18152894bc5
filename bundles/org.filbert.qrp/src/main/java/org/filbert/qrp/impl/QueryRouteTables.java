package org.filbert.qrp.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerRole;
import org.filbert.qrp.api.QueryRoutes;
import org.filbert.qrp.api.SharedNames;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.PeerMessageHandler;
import org.filbert.wire.Guid;
import org.filbert.wire.Message;
import org.filbert.wire.QrpPatch;
import org.filbert.wire.QrpReset;
import org.filbert.wire.Query;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.qrp.QrpPatchReceiver;
import org.filbert.wire.qrp.QrpTable;
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
 * The query routing tables of this node. Ours is built from the {@link SharedNames}
 * services, sized from how many entries it holds; as an ultrapeer we also merge it with our
 * leaves' tables (again shortly after a leaf's table changes). Every refresh interval, and
 * when a connection opens, each peer that
 * should get a table gets what changed: a leaf sends its table to its ultrapeers, an
 * ultrapeer sends the merged table to ultrapeer peers that announced
 * {@code X-Ultrapeer-Query-Routing}. Tables that peers send (RESET, then PATCHes) are kept
 * per connection as presence bits; a patch out of order or otherwise bad closes the
 * connection. Thread-safe: messages arrive on the connections' event loops, sending runs on
 * one timer thread of its own.
 */
@Component(immediate = true, service = {PeerMessageHandler.class, QueryRoutes.class}, configurationPid = "org.filbert.qrp",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = QrpConfig.class)
public final class QueryRouteTables implements PeerMessageHandler, QueryRoutes {

    /** A leaf's new table is merged this long after it arrived, so that many arriving together cost one merge. */
    static final int LEAF_TABLE_DELAY_SECONDS = 2;

    /** Bye code for a peer whose table updates we cannot follow. */
    static final int BYE_BAD_QRP = 400;

    /** One connection's tables: the one it sends us and what we last sent it. */
    private static final class PeerTables {
        final QrpPatchReceiver receiver = new QrpPatchReceiver(WireLimits.DEFAULT);
        final TableSender sender;
        volatile PresenceTable table;

        PeerTables(TableSender sender) {
            this.sender = sender;
        }
    }

    private final QrpConfig config;
    private final NetworkStatus network;
    private final Logger log;
    private final Map<Peer, PeerTables> peers = new ConcurrentHashMap<>();
    private final List<SharedNames> sources = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "filbert-qrp");
        t.setDaemon(true);
        return t;
    });
    private final java.util.concurrent.atomic.AtomicBoolean refreshSoon = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile PresenceTable ours;
    /** The names {@link #ours} was built from; rebuilt only when they change. Timer thread only. */
    private List<String> ourNames = List.of();
    /** Our tables in wire form, made once for all the peers they go to. Timer thread only. */
    private final Map<PresenceTable, QrpTable> wireTables = new java.util.IdentityHashMap<>();
    private volatile PresenceTable merged;

    @Activate
    public QueryRouteTables(QrpConfig config, @Reference NetworkStatus network, @Reference(service = LoggerFactory.class) Logger log) {
        this.config = config;
        this.network = network;
        this.log = log;
        this.ours = LocalTable.build(List.of(), config.minTableBits(), config.maxTableBits());
        this.merged = ours;
        timer.scheduleWithFixedDelay(this::refresh, 0, config.refreshSeconds(), TimeUnit.SECONDS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addSource(SharedNames source) {
        sources.add(source);
        onTimer(0, this::refresh);
    }

    public void removeSource(SharedNames source) {
        sources.remove(source);
        onTimer(0, this::refresh);
    }

    /**
     * Runs a task on the timer thread after a delay, unless the component is deactivated: DS calls
     * {@link #deactivate} (which stops the timer) before it unbinds the dynamic references,
     * and a connection may still open or send a table while it does; then there is no table
     * left to rebuild or send.
     */
    private void onTimer(long delaySeconds, Runnable task) {
        try {
            timer.schedule(task, delaySeconds, TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            // deactivated
        }
    }

    @Override
    public boolean handles(Message message) {
        return message instanceof QrpReset || message instanceof QrpPatch;
    }

    @Override
    public void received(Peer from, Message message) {
        PeerTables state = peers.get(from);
        if (state == null) {
            return;
        }
        try {
            if (message instanceof QrpReset reset) {
                state.receiver.reset(reset);
                state.table = null;
            } else if (state.receiver.apply((QrpPatch) message)) {
                QrpTable table = state.receiver.table().orElseThrow();
                state.table = PresenceTable.of(table);
                log.debug("query routing table of peer {}: {}", from.id(), table);
                if (from.role() == PeerRole.LEAF && refreshSoon.compareAndSet(false, true)) {
                    onTimer(LEAF_TABLE_DELAY_SECONDS, () -> {
                        refreshSoon.set(false);
                        refresh();
                    });
                }
            }
        } catch (WireException e) {
            state.table = null;
            log.info("closing peer {}: bad query routing table: {}", from.id(), e.getMessage());
            from.close(BYE_BAD_QRP, "Bad QRP: " + e.getMessage());
        }
    }

    @Override
    public void connected(Peer peer) {
        PeerTables state = new PeerTables(new TableSender(config.patchChunkBytes(), Guid::random));
        peers.put(peer, state);
        onTimer(0, () -> sendTo(peer, state, tableFor(peer)));
    }

    @Override
    public void disconnected(Peer peer) {
        peers.remove(peer);
    }

    /** Rebuilds our table (and the merged one) and sends every peer what changed. Timer thread. */
    private void refresh() {
        try {
            List<String> names = new ArrayList<>();
            sources.forEach(s -> names.addAll(s.names()));
            if (!names.equals(ourNames)) {
                ours = LocalTable.build(names, config.minTableBits(), config.maxTableBits());
                ourNames = names;
            }
            List<PresenceTable> parts = new ArrayList<>(List.of(ours));
            peers.forEach((peer, state) -> {
                PresenceTable t = state.table;
                if (peer.role() == PeerRole.LEAF && t != null) {
                    parts.add(t);
                }
            });
            merged = PresenceTable.merge(config.mergedTableBits(), parts);
            wireTables.keySet().removeIf(t -> t != ours && t != merged);
            peers.forEach((peer, state) -> sendTo(peer, state, tableFor(peer)));
        } catch (RuntimeException e) {
            log.warn("query routing refresh failed: {}", e.toString());
        }
    }

    /**
     * The table {@code peer} should have from us: ours, from a leaf to its ultrapeers; the
     * merged one, from an ultrapeer to ultrapeers that route by tables; else none.
     */
    private Optional<PresenceTable> tableFor(Peer peer) {
        if (peer.role() != PeerRole.ULTRAPEER) {
            return Optional.empty();
        }
        if (network.role() == PeerRole.LEAF) {
            return Optional.of(ours);
        }
        return peer.header("X-Ultrapeer-Query-Routing").isPresent() ? Optional.of(merged) : Optional.empty();
    }

    private void sendTo(Peer peer, PeerTables state, Optional<PresenceTable> table) {
        if (table.isEmpty() || !peer.isOpen()) {
            return;
        }
        state.sender.update(wireTables.computeIfAbsent(table.get(), t -> t.toQrpTable(TableSender.INFINITY))).forEach(peer::send);
    }

    @Override
    public Optional<Boolean> mayMatch(Peer peer, Query query) {
        PeerTables state = peers.get(peer);
        PresenceTable table = state == null ? null : state.table;
        return table == null ? Optional.empty() : Optional.of(QueryMatch.matches(table, query));
    }

    @Override
    public List<TableInfo> tables() {
        List<TableInfo> result = new ArrayList<>();
        result.add(info("ours", ours, TableSender.INFINITY));
        if (network.role() == PeerRole.ULTRAPEER) {
            result.add(info("merged", merged, TableSender.INFINITY));
        }
        peers.entrySet().stream().sorted(Comparator.comparingLong(e -> e.getKey().id())).forEach(e -> {
            PresenceTable t = e.getValue().table;
            if (t != null) {
                result.add(info("peer " + e.getKey().id(), t, 0));
            }
        });
        return result;
    }

    private static TableInfo info(String name, PresenceTable table, int infinity) {
        return new TableInfo(name, table.length(), table.presentCount(), infinity);
    }

    @Deactivate
    public void deactivate() {
        timer.shutdownNow();
    }
}
