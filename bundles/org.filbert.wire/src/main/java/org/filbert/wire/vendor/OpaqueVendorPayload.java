package org.filbert.wire.vendor;

import java.util.Arrays;
import java.util.Objects;

import org.filbert.wire.internal.Checks;

/**
 * The body of a vendor message with no registered decoder, kept as is. Immutable record, thread-safe.
 */
public record OpaqueVendorPayload(VendorKey key, byte[] body) implements VendorPayload {
    public OpaqueVendorPayload {
        Objects.requireNonNull(key, "key");
        body = Checks.copy(body, "body");
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public byte[] encodeBody() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpaqueVendorPayload o && key.equals(o.key) && Arrays.equals(body, o.body);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "OpaqueVendorPayload[" + key + ", " + body.length + " bytes]";
    }
}
