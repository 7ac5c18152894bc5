package org.filbert.wire.vendor;

import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.Ipv4Address;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * LIME/22 push-proxy acknowledgement: v1 carries the proxy's port (LE u16) only, v2 its IPv4 (network
 * order) then the port. The message GUID is the requester's. Immutable record, thread-safe.
 */
public record PushProxyAck(int version, Optional<Ipv4Address> address, int port) implements VendorPayload {
    public static final int SELECTOR = 22;

    public PushProxyAck {
        Checks.range(version, 1, 2, "version");
        Objects.requireNonNull(address, "address");
        Checks.u16(port, "port");
        if (address.isPresent() != (version == 2)) {
            throw new IllegalArgumentException("v2 has an address, v1 has none");
        }
    }

    static PushProxyAck decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(body);
        Optional<Ipv4Address> address = key.version() == 2
                ? Optional.of(Ipv4Address.of(in.bytes(4)))
                : Optional.empty();
        return new PushProxyAck(key.version(), address, in.u16le());
    }

    @Override
    public VendorKey key() {
        return VendorKey.of(VendorKey.LIME, SELECTOR, version);
    }

    @Override
    public byte[] encodeBody() {
        PayloadWriter out = new PayloadWriter(6);
        address.ifPresent(a -> out.bytes(a.bytes()));
        return out.u16le(port).toByteArray();
    }
}
