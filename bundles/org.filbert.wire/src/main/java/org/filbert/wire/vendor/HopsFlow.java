package org.filbert.wire.vendor;

import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;

/**
 * BEAR/4v1 Hops Flow: the highest hops value the sender wants to see in queries (1 byte).
 * Immutable record, thread-safe.
 */
public record HopsFlow(int maxHops) implements VendorPayload {
    public static final VendorKey KEY = VendorKey.of(VendorKey.BEAR, 4, 1);

    public HopsFlow {
        Checks.u8(maxHops, "maxHops");
    }

    static HopsFlow decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        return new HopsFlow(new PayloadReader(body).u8());
    }

    @Override
    public VendorKey key() {
        return KEY;
    }

    @Override
    public byte[] encodeBody() {
        return new byte[] {(byte) maxHops};
    }
}
