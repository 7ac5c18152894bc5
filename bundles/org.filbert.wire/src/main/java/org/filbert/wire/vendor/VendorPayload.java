package org.filbert.wire.vendor;

import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;

/**
 * A typed vendor-message body that knows its {@link VendorKey} and encodes itself.
 * Implementations are immutable records, thread-safe.
 */
public interface VendorPayload {
    VendorKey key();

    /** The body bytes (after vendor, selector and version). */
    byte[] encodeBody();

    /** The 0x31 message carrying this payload. */
    default VendorMessage toMessage(Routing routing) {
        VendorKey key = key();
        return VendorMessage.of(routing, key.vendor(), key.selector(), key.version(), encodeBody());
    }
}
