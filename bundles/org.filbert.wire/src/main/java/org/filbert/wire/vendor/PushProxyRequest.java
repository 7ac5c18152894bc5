package org.filbert.wire.vendor;

import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;

/**
 * LIME/21 push-proxy request (v1 or v2): empty; the message GUID is the requester's servent GUID.
 * Send v1 (what LimeWire understands). Immutable record, thread-safe.
 */
public record PushProxyRequest(int version) implements VendorPayload {
    public static final int SELECTOR = 21;

    public PushProxyRequest {
        Checks.range(version, 1, 2, "version");
    }

    static PushProxyRequest decode(VendorKey key, byte[] body, WireLimits limits) {
        return new PushProxyRequest(key.version());
    }

    @Override
    public VendorKey key() {
        return VendorKey.of(VendorKey.LIME, SELECTOR, version);
    }

    @Override
    public byte[] encodeBody() {
        return new byte[0];
    }
}
