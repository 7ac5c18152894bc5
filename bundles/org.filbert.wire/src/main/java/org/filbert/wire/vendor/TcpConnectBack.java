package org.filbert.wire.vendor;

import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * BEAR/7v1 TCP Connect Back: the port (LE u16) the receiver should connect to, sending "\n\n".
 * Immutable record, thread-safe.
 */
public record TcpConnectBack(int port) implements VendorPayload {
    public static final VendorKey KEY = VendorKey.of(VendorKey.BEAR, 7, 1);

    public TcpConnectBack {
        Checks.u16(port, "port");
    }

    static TcpConnectBack decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        return new TcpConnectBack(new PayloadReader(body).u16le());
    }

    @Override
    public VendorKey key() {
        return KEY;
    }

    @Override
    public byte[] encodeBody() {
        return new PayloadWriter(2).u16le(port).toByteArray();
    }
}
