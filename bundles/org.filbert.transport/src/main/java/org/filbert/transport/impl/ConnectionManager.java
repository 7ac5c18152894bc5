package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.filbert.api.network.HostCache;
import org.filbert.api.network.KnownHost;
import org.filbert.api.network.NetworkControl;
import org.filbert.api.network.NetworkStatus;
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
 * a time. Lost connections are so replaced. Thread-safe: one thread of its own.
 */
@Component(immediate = true, service = {}, configurationPid = "org.filbert.connections", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ConnectionsConfig.class)
public final class ConnectionManager {

    private final NetworkControl control;
    private final NetworkStatus status;
    private final HostCache hosts;
    private final Logger log;
    private final int target;
    private final int parallel;
    private final Set<InetSocketAddress> pending = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "filbert-connections");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ConnectionManager(ConnectionsConfig config, @Reference NetworkControl control, @Reference NetworkStatus status,
            @Reference HostCache hosts, @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) {
        this.control = control;
        this.status = status;
        this.hosts = hosts;
        this.log = log;
        this.target = node.mode() == Mode.ULTRAPEER ? config.ultrapeerTarget() : config.leafTarget();
        this.parallel = config.parallelAttempts();
        for (String entry : config.connect()) {
            InetSocketAddress address = HostHeaders.parse(java.util.Optional.of(entry)).stream().findFirst().orElse(null);
            if (address == null) {
                log.warn("ignoring connect entry '{}': expected IP:PORT", entry);
            } else {
                hosts.learn(address, true, "configured");
                attempt(address);
            }
        }
        if (config.autoConnect()) {
            timer.scheduleWithFixedDelay(this::topUp, config.intervalMillis(), config.intervalMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void topUp() {
        Set<InetSocketAddress> exclude = status.peers().stream().map(p -> p.address()).collect(Collectors.toSet());
        exclude.addAll(pending);
        exclude.add(status.listenAddress());
        while (status.peerCounts().ultrapeers() + pending.size() < target && pending.size() < parallel) {
            KnownHost host = hosts.next(true, exclude).orElse(null);
            if (host == null) {
                return;
            }
            exclude.add(host.address());
            attempt(host.address());
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
