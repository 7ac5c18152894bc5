package org.filbert.wire.vendor;

import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * BEAR/12v1 Query Status Response: the number of results the leaf kept (LE u16), 0xFFFF meaning
 * "stop the query". Immutable record, thread-safe.
 */
public record QueryStatusResponse(int kept) implements VendorPayload {
    public static final VendorKey KEY = VendorKey.of(VendorKey.BEAR, 12, 1);
    public static final int STOP = 0xFFFF;

    public QueryStatusResponse {
        Checks.u16(kept, "kept");
    }

    static QueryStatusResponse decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        return new QueryStatusResponse(new PayloadReader(body).u16le());
    }

    public boolean stop() {
        return kept == STOP;
    }

    @Override
    public VendorKey key() {
        return KEY;
    }

    @Override
    public byte[] encodeBody() {
        return new PayloadWriter(2).u16le(kept).toByteArray();
    }
}
