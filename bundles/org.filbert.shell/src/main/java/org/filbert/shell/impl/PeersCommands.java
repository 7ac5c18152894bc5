package org.filbert.shell.impl;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.filbert.api.network.Endpoint;
import org.filbert.api.network.HostCache;
import org.filbert.api.network.NetworkControl;
import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerInfo;
import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Report;
import org.filbert.api.shell.Table;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code filbert:peers}, {@code connect HOST:PORT}, {@code disconnect ID} and {@code hosts}:
 * the node's Gnutella connections, listed and opened or closed by hand, and the hosts it
 * knows. Work while the transport or host cache is stopped or being swapped, and say so.
 * Thread-safe.
 */
@Component(service = PeersCommands.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE,
        "osgi.command.function=peers", "osgi.command.function=connect", "osgi.command.function=disconnect",
        "osgi.command.function=hosts",
        CommandHelp.USAGE + "=peers", CommandHelp.USAGE + "=connect HOST:PORT", CommandHelp.USAGE + "=disconnect ID",
        CommandHelp.USAGE + "=hosts",
        CommandHelp.SUMMARY + "=List connections: address, role, user agent, uptime, messages, compression, drops.",
        CommandHelp.SUMMARY + "=Connect to a peer and shake hands (waits for the handshake).",
        CommandHelp.SUMMARY + "=Close a connection (with a Bye); IDs are in 'peers'.",
        CommandHelp.SUMMARY + "=Known hosts (the host cache): address, role, last seen, failures, how learnt."})
public final class PeersCommands {

    /** How long {@code connect} waits for the handshake. */
    static final Duration CONNECT_WAIT = Duration.ofSeconds(20);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NetworkStatus status;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NetworkControl control;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile HostCache hostCache;

    public Table hosts(String... args) {
        Arguments.atMost(args, 0, "hosts");
        HostCache cache = hostCache;
        if (cache == null) {
            throw new IllegalStateException("the host cache is not running");
        }
        Instant now = Instant.now();
        List<List<String>> rows = cache.hosts().stream().map(h -> List.of(
                h.address().getAddress().getHostAddress() + ":" + h.address().getPort(),
                h.ultrapeer() ? "ultrapeer" : "leaf",
                Durations.format(Duration.between(h.lastSeen(), now)) + " ago",
                Integer.toString(h.failures()),
                h.source())).toList();
        return new Table(List.of("ADDRESS", "ROLE", "SEEN", "FAILURES", "SOURCE"), rows);
    }

    public Table peers(String... args) {
        Arguments.atMost(args, 0, "peers");
        Instant now = Instant.now();
        List<List<String>> rows = running(status).peers().stream().map(p -> List.of(
                Long.toString(p.id()),
                p.address().getAddress().getHostAddress() + ":" + p.address().getPort(),
                p.role().label(),
                p.outgoing() ? "out" : "in",
                p.userAgent().isEmpty() ? "-" : p.userAgent(),
                Durations.format(Duration.between(p.connectedAt(), now)),
                Long.toString(p.messagesIn()),
                Long.toString(p.messagesOut()),
                (p.compressedIn() ? "in" : "-") + "/" + (p.compressedOut() ? "out" : "-"),
                Long.toString(p.dropped()))).toList();
        return new Table(List.of("ID", "ADDRESS", "ROLE", "DIR", "AGENT", "UP", "MSGS IN", "MSGS OUT", "DEFLATE", "DROPPED"), rows);
    }

    public Report connect(String... args) throws InterruptedException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: connect HOST:PORT");
        }
        InetSocketAddress address = hostPort(args[0]);
        try {
            PeerInfo p = running(control).connect(address).toCompletableFuture()
                    .get(CONNECT_WAIT.toSeconds(), TimeUnit.SECONDS);
            return Report.builder().put("connected", p.id()).put("address", args[0]).put("role", p.role().label())
                    .put("agent", p.userAgent()).build();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no handshake with " + args[0] + " within " + CONNECT_WAIT.toSeconds() + " s");
        }
    }

    public String disconnect(String... args) {
        long id;
        try {
            if (args.length != 1) {
                throw new NumberFormatException();
            }
            id = Long.parseLong(args[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("usage: disconnect ID (a number from 'peers')");
        }
        if (!running(control).disconnect(id)) {
            throw new IllegalArgumentException("no connection " + id + "; 'peers' lists them");
        }
        return "disconnecting " + id;
    }

    static InetSocketAddress hostPort(String text) {
        Endpoint endpoint;
        try {
            endpoint = Endpoint.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("connect: " + e.getMessage());
        }
        try {
            return endpoint.resolve();
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("connect: unknown host '" + endpoint.host() + "'");
        }
    }

    private static <T> T running(T service) {
        if (service == null) {
            throw new IllegalStateException("the transport is not running");
        }
        return service;
    }
}
