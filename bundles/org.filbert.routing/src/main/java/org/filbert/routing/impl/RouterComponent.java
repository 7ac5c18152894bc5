package org.filbert.routing.impl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.routing.api.HitListener;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.PeerMessageHandler;
import org.filbert.routing.api.QueryDispatcher;
import org.filbert.routing.api.PushListener;
import org.filbert.routing.api.QueryResponder;
import org.filbert.routing.api.Router;
import org.filbert.routing.api.RoutingStatus;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.wire.Guid;
import org.filbert.wire.Message;
import org.filbert.wire.Push;
import org.filbert.wire.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The routing core as a component: tracks the installed strategies, local responders and
 * hit listeners as a whiteboard and delegates to {@link RouterCore}, which it keeps across
 * strategy changes (a strategy appearing, leaving, being updated or chosen keeps every
 * route). A configuration change of the strategy name is applied without re-activation.
 * Thread-safe.
 */
@Component(immediate = true, service = {Router.class, RoutingStatus.class}, configurationPid = "org.filbert.routing",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = RoutingConfig.class)
public final class RouterComponent implements Router, RoutingStatus {

    private final Map<String, RoutingStrategy> strategies = new ConcurrentSkipListMap<>();
    private final List<QueryResponder> responders = new CopyOnWriteArrayList<>();
    private final List<HitListener> listeners = new CopyOnWriteArrayList<>();
    private final List<PushListener> pushListeners = new CopyOnWriteArrayList<>();
    private final List<PeerMessageHandler> handlers = new CopyOnWriteArrayList<>();
    private volatile QueryDispatcher dispatcher;
    private final Logger log;
    private final RouterCore core;
    private volatile String active;

    @Activate
    public RouterComponent(RoutingConfig config, @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        this.active = config.strategy();
        this.core = new RouterCore(node.mode() == Mode.ULTRAPEER, Guid.of(node.serventGuid()), config,
                () -> Optional.ofNullable(strategies.get(active)), () -> responders, () -> listeners,
                () -> pushListeners, () -> handlers, () -> Optional.ofNullable(dispatcher), System::nanoTime);
    }

    @Modified
    void modified(RoutingConfig config) {
        if (!config.strategy().equals(active)) {
            log.info("routing strategy {} -> {} (configuration)", active, config.strategy());
            active = config.strategy();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addStrategy(RoutingStrategy strategy, Map<String, Object> properties) {
        Object name = properties.get(RoutingStrategy.NAME);
        if (name instanceof String n) {
            strategies.put(n, strategy);
        }
    }

    public void removeStrategy(RoutingStrategy strategy, Map<String, Object> properties) {
        strategies.values().remove(strategy);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addResponder(QueryResponder responder) {
        responders.add(responder);
    }

    public void removeResponder(QueryResponder responder) {
        responders.remove(responder);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addListener(HitListener listener) {
        listeners.add(listener);
    }

    public void removeListener(HitListener listener) {
        listeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addPushListener(PushListener listener) {
        pushListeners.add(listener);
    }

    public void removePushListener(PushListener listener) {
        pushListeners.remove(listener);
    }

    /** A message handler that appears learns the open connections first. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void addHandler(PeerMessageHandler handler) {
        core.peers().forEach(handler::connected);
        handlers.add(handler);
    }

    public void removeHandler(PeerMessageHandler handler) {
        handlers.remove(handler);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindDispatcher(QueryDispatcher newDispatcher) {
        dispatcher = newDispatcher;
    }

    public void unbindDispatcher(QueryDispatcher oldDispatcher) {
        if (dispatcher == oldDispatcher) {
            dispatcher = null;
        }
    }

    @Override
    public void connected(Peer peer) {
        core.connected(peer);
    }

    @Override
    public void disconnected(Peer peer) {
        core.disconnected(peer);
    }

    @Override
    public void received(Peer from, Message message) {
        core.received(from, message);
    }

    @Override
    public void role(PeerRole self) {
        core.role(self);
    }

    @Override
    public List<String> strategies() {
        return new ArrayList<>(strategies.keySet());
    }

    @Override
    public String active() {
        return active;
    }

    @Override
    public void use(String name) {
        if (!strategies.containsKey(name)) {
            Collection<String> installed = strategies.keySet();
            throw new IllegalArgumentException("no routing strategy '" + name + "'; installed: "
                    + (installed.isEmpty() ? "none" : String.join(", ", installed)));
        }
        log.info("routing strategy {} -> {}", active, name);
        active = name;
    }

    @Override
    public Map<String, Map<String, Long>> counters() {
        return core.counters();
    }

    @Override
    public Map<String, Integer> routeTableSizes() {
        return core.tableSizes();
    }

    @Override
    public int query(Query query) {
        return core.originate(query);
    }

    @Override
    public boolean push(Push push) {
        return core.originate(push);
    }
}
