package org.filbert.wire;

import java.util.Objects;

import org.filbert.wire.internal.Checks;

/**
 * An IPv4 address and port pair (a packed Gnutella host). Immutable record, thread-safe.
 */
public record HostPort(Ipv4Address address, int port) {
    public HostPort {
        Objects.requireNonNull(address, "address");
        Checks.u16(port, "port");
    }

    @Override
    public String toString() {
        return address + ":" + port;
    }
}
