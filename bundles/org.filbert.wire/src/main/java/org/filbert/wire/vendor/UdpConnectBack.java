package org.filbert.wire.vendor;

import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.Guid;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * GTKG/7 UDP connect-back: the UDP port (LE u16) to send a ping to; v1 appends the GUID to use for
 * that ping, v2 uses the message GUID instead. Immutable record, thread-safe.
 */
public record UdpConnectBack(int version, int port, Optional<Guid> pingGuid) implements VendorPayload {
    public static final int SELECTOR = 7;

    public UdpConnectBack {
        Checks.range(version, 1, 2, "version");
        Checks.u16(port, "port");
        Objects.requireNonNull(pingGuid, "pingGuid");
        if (pingGuid.isPresent() != (version == 1)) {
            throw new IllegalArgumentException("v1 carries a GUID, v2 none");
        }
    }

    static UdpConnectBack decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(body);
        int port = in.u16le();
        Optional<Guid> guid = key.version() == 1 ? Optional.of(Guid.of(in.bytes(Guid.LENGTH))) : Optional.empty();
        return new UdpConnectBack(key.version(), port, guid);
    }

    @Override
    public VendorKey key() {
        return VendorKey.of(VendorKey.GTKG, SELECTOR, version);
    }

    @Override
    public byte[] encodeBody() {
        PayloadWriter out = new PayloadWriter(18).u16le(port);
        pingGuid.ifPresent(g -> out.bytes(g.bytes()));
        return out.toByteArray();
    }
}
