package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.filbert.api.network.Endpoint;
import org.filbert.api.network.HostCache;
import org.filbert.api.network.KnownHost;
import org.filbert.api.network.NetworkControl;
import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Keeps the node connected: the configured peers ({@code --connect}) go into the host
 * cache first, and every interval, while we hold fewer ultrapeers than our role's target
 * (3 for a leaf, 32 for an ultrapeer), it tries the host cache's best candidates, a few at
 * a time, so lost connections are replaced. When the host cache has no candidate left it
 * asks the configured UDP host caches, one per bootstrap interval (a node bound to a
 * loopback address asks only loopback ones). In {@code auto} mode it promotes a leaf that
 * is reachable, has been up long enough and has the heap for it. Thread-safe: one thread
 * of its own.
 */
@Component(immediate = true, service = {}, configurationPid = "org.filbert.connections", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ConnectionsConfig.class)
public final class ConnectionManager {

    /** The first request to a UDP host cache comes at most this long after start. */
    static final Duration FIRST_BOOTSTRAP = Duration.ofSeconds(5);

    private final ConnectionsConfig config;
    private final NetworkControl control;
    private final NetworkStatus status;
    private final HostCache hosts;
    private final Logger log;
    private final boolean auto;
    private final List<String> udpHostCaches;
    private final Set<InetSocketAddress> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "filbert-connections");
        t.setDaemon(true);
        return t;
    });
    private PeerRole lastRole;
    private Instant lastRoleChange;
    private Instant nextBootstrap;
    private int nextCache;

    @Activate
    public ConnectionManager(ConnectionsConfig config, @Reference NetworkControl control, @Reference NetworkStatus status,
            @Reference HostCache hosts, @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) {
        this.config = config;
        this.control = control;
        this.status = status;
        this.hosts = hosts;
        this.log = log;
        this.auto = node.mode() == Mode.AUTO;
        this.udpHostCaches = Arrays.stream(config.udpHostCaches()).map(String::trim).filter(e -> !e.isEmpty()).toList();
        this.lastRole = status.role();
        this.lastRoleChange = node.startedAt();
        Duration interval = Duration.ofSeconds(config.bootstrapIntervalSeconds());
        this.nextBootstrap = Instant.now().plus(interval.compareTo(FIRST_BOOTSTRAP) < 0 ? interval : FIRST_BOOTSTRAP);
        for (String entry : Arrays.stream(config.connect()).map(String::trim).filter(e -> !e.isEmpty()).toList()) {
            InetSocketAddress address = HostHeaders.parse(Optional.of(entry)).stream().findFirst().orElse(null);
            if (address == null) {
                log.warn("ignoring connect entry '{}': expected IP:PORT", entry);
            } else {
                hosts.learn(address, true, "configured");
                attempt(address);
            }
        }
        if (config.autoConnect() || auto) {
            timer.scheduleWithFixedDelay(this::tick, config.intervalMillis(), config.intervalMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        try {
            if (auto) {
                considerPromotion();
            }
            if (config.autoConnect()) {
                topUp();
            }
        } catch (RuntimeException e) {
            log.warn("connection manager: {}", e.toString());
        }
    }

    private int target() {
        return status.role() == PeerRole.ULTRAPEER ? config.ultrapeerTarget() : config.leafTarget();
    }

    private void topUp() {
        Set<InetSocketAddress> exclude = status.peers().stream().map(p -> p.address()).collect(Collectors.toSet());
        status.peers().forEach(p -> p.listensAt().ifPresent(exclude::add));
        exclude.addAll(pending);
        exclude.add(status.listenAddress());
        while (status.peerCounts().ultrapeers() + pending.size() < target() && pending.size() < config.parallelAttempts()) {
            KnownHost host = hosts.next(true, exclude).orElse(null);
            if (host == null) {
                bootstrap();
                return;
            }
            exclude.add(host.address());
            attempt(host.address());
        }
    }

    /** Asks the next UDP host cache for hosts, at most once per bootstrap interval. */
    private void bootstrap() {
        if (udpHostCaches.isEmpty() || Instant.now().isBefore(nextBootstrap)) {
            return;
        }
        nextBootstrap = Instant.now().plusSeconds(config.bootstrapIntervalSeconds());
        boolean loopbackOnly = status.listenAddress().getAddress().isLoopbackAddress();
        for (int tried = 0; tried < udpHostCaches.size(); tried++) {
            String entry = udpHostCaches.get(nextCache++ % udpHostCaches.size());
            Optional<InetSocketAddress> cache = resolve(entry, loopbackOnly);
            if (cache.isPresent()) {
                log.debug("asking UDP host cache {} for hosts", entry);
                control.requestHosts(cache.get());
                return;
            }
        }
    }

    /** HOST:PORT resolved; a loopback-bound node never looks up a name, only takes loopback literals. */
    private Optional<InetSocketAddress> resolve(String entry, boolean loopbackOnly) {
        Endpoint endpoint;
        try {
            endpoint = Endpoint.parse(entry);
        } catch (IllegalArgumentException e) {
            log.warn("ignoring UDP host cache: {}", e.getMessage());
            return Optional.empty();
        }
        if (loopbackOnly) {
            return endpoint.numeric().filter(a -> a.getAddress().isLoopbackAddress());
        }
        try {
            return Optional.of(endpoint.resolve());
        } catch (UnknownHostException e) {
            log.debug("UDP host cache {} not usable: {}", entry, e.getMessage());
            return Optional.empty();
        }
    }

    /** Auto mode: a leaf that is reachable, up long enough and has the heap becomes an ultrapeer. */
    private void considerPromotion() {
        PeerRole role = status.role();
        if (role != lastRole) {
            lastRole = role;
            lastRoleChange = Instant.now();
        }
        Duration settled = Duration.between(lastRoleChange, Instant.now());
        long heapMiB = Runtime.getRuntime().maxMemory() >> 20;
        if (role == PeerRole.LEAF && status.reachable() && settled.toSeconds() >= config.promoteAfterSeconds()
                && heapMiB >= config.promoteMinHeapMiB()) {
            log.info("promoting this node to ultrapeer: reachable, {} s as a leaf, {} MiB heap", settled.toSeconds(), heapMiB);
            control.changeRole(PeerRole.ULTRAPEER);
        }
    }

    private void attempt(InetSocketAddress address) {
        if (!pending.add(address)) {
            return;
        }
        control.connect(address).whenComplete((peer, failure) -> {
            pending.remove(address);
            if (failure != null) {
                log.debug("connecting to {} failed: {}", address, failure.getMessage());
            }
        });
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }
}
