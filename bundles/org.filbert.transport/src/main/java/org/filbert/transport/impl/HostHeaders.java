package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.filbert.api.network.Endpoint;
import org.filbert.api.network.HostCache;
import org.filbert.api.network.KnownHost;

/**
 * Hosts in handshake headers: reading {@code X-Try-Ultrapeers} and {@code Listen-IP}
 * ({@code ip:port}, comma-separated; names are not resolved, malformed entries skipped)
 * and writing our own {@code X-Try-Ultrapeers} from the host cache. Stateless.
 */
final class HostHeaders {

    /** How many hosts we offer in X-Try-Ultrapeers. */
    static final int OFFERED = 10;

    private HostHeaders() {
    }

    static List<InetSocketAddress> parse(Optional<String> header) {
        List<InetSocketAddress> hosts = new ArrayList<>();
        for (String item : header.orElse("").split(",")) {
            try {
                Endpoint.parse(item).numeric().ifPresent(hosts::add);
            } catch (IllegalArgumentException e) {
                // skipped: a malformed entry
            }
        }
        return hosts;
    }

    /** Our X-Try-Ultrapeers value, or empty when we know no ultrapeer. */
    static Optional<String> tryUltrapeers(HostCache cache) {
        List<KnownHost> ultrapeers = cache.hosts().stream().filter(KnownHost::ultrapeer).limit(OFFERED).toList();
        return ultrapeers.isEmpty() ? Optional.empty()
                : Optional.of(ultrapeers.stream().map(h -> h.address().getAddress().getHostAddress() + ":" + h.address().getPort())
                        .collect(Collectors.joining(",")));
    }
}
