package org.filbert.wire.vendor;

import org.filbert.wire.WireLimits;

/**
 * BEAR/11v1 Query Status Request: empty; the message GUID is the query's. Immutable record, thread-safe.
 */
public record QueryStatusRequest() implements VendorPayload {
    public static final VendorKey KEY = VendorKey.of(VendorKey.BEAR, 11, 1);

    static QueryStatusRequest decode(VendorKey key, byte[] body, WireLimits limits) {
        return new QueryStatusRequest();
    }

    @Override
    public VendorKey key() {
        return KEY;
    }

    @Override
    public byte[] encodeBody() {
        return new byte[0];
    }
}
