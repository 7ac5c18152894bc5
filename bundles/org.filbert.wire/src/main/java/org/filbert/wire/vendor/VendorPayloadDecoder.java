package org.filbert.wire.vendor;

import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;

/**
 * A pure function from a vendor-message body to its typed payload. Implementations must be stateless
 * and thread-safe.
 */
@FunctionalInterface
public interface VendorPayloadDecoder {
    VendorPayload decode(VendorKey key, byte[] body, WireLimits limits) throws WireException;
}
