package org.filbert.shell.impl;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerCounts;
import org.filbert.api.node.NodeInfo;
import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Report;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code filbert:status}: version, mode, listen address, role (an {@code auto} node starts
 * as a leaf), reachability, peer counts, uptime and data directory as {@code key: value} lines. Works while the transport is stopped or being
 * swapped, and says so. Thread-safe.
 */
@Component(service = StatusCommand.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE, "osgi.command.function=status",
        CommandHelp.USAGE + "=status", CommandHelp.SUMMARY + "=Show version, mode, listen address, role, reachability, peers, uptime and data directory."})
public final class StatusCommand {

    private final NodeInfo node;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NetworkStatus network;

    @Activate
    public StatusCommand(@Reference NodeInfo node) {
        this.node = node;
    }

    public Report status(String... args) {
        Arguments.atMost(args, 0, "status");
        NetworkStatus net = network;
        Report.Builder r = Report.builder()
                .put("version", node.version())
                .put("mode", node.mode().label());
        if (net == null) {
            r.put("listen", "not listening (transport not running)");
            r.put("peers", "0");
        } else {
            PeerCounts peers = net.peerCounts();
            InetSocketAddress listen = net.listenAddress();
            String host = listen.getAddress().isAnyLocalAddress() ? "0.0.0.0" : listen.getAddress().getHostAddress();
            r.put("listen", host + ":" + listen.getPort());
            r.put("role", net.role().label());
            r.put("reachable", net.reachable() ? "yes" : "not yet (no incoming connection)");
            r.put("peers", peers.total() + " (" + peers.ultrapeers() + " ultrapeers, " + peers.leaves() + " leaves)");
        }
        return r.put("uptime", Durations.format(Duration.between(node.startedAt(), Instant.now())))
                .put("data", node.dataDirectory())
                .build();
    }
}
