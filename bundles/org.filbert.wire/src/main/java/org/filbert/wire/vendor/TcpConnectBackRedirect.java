package org.filbert.wire.vendor;

import java.util.Objects;

import org.filbert.wire.Ipv4Address;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * LIME/7v1 TCP Connect Back Redirect, between ultrapeers: "connect back to this leaf for it"
 * — the leaf's IPv4 (network order) then its port (LE u16). An ultrapeer that got a leaf's
 * BEAR/7 sends it to other ultrapeers, so the connect-back comes from a host the leaf is not
 * connected to (LimeWire counts no other). Immutable record, thread-safe.
 */
public record TcpConnectBackRedirect(Ipv4Address address, int port) implements VendorPayload {
    public static final VendorKey KEY = VendorKey.of(VendorKey.LIME, 7, 1);

    public TcpConnectBackRedirect {
        Objects.requireNonNull(address, "address");
        Checks.u16(port, "port");
    }

    static TcpConnectBackRedirect decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(body);
        return new TcpConnectBackRedirect(Ipv4Address.of(in.bytes(4)), in.u16le());
    }

    @Override
    public VendorKey key() {
        return KEY;
    }

    @Override
    public byte[] encodeBody() {
        return new PayloadWriter(6).bytes(address.bytes()).u16le(port).toByteArray();
    }
}
