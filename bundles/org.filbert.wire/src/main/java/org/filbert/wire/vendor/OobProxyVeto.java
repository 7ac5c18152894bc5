package org.filbert.wire.vendor;

import java.util.Objects;
import java.util.OptionalInt;

import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;

/**
 * LIME/13v1 OOB proxy veto, sent by a leaf to its ultrapeers: an optional byte giving the highest OOB
 * version that must not be proxied (absent: no proxying at all; 0: proxying allowed).
 * Immutable record, thread-safe.
 */
public record OobProxyVeto(OptionalInt highestVetoedVersion) implements VendorPayload {
    public static final VendorKey KEY = VendorKey.of(VendorKey.LIME, 13, 1);

    public OobProxyVeto {
        Objects.requireNonNull(highestVetoedVersion, "highestVetoedVersion");
        highestVetoedVersion.ifPresent(v -> Checks.u8(v, "highestVetoedVersion"));
    }

    static OobProxyVeto decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(body);
        return new OobProxyVeto(in.hasRemaining() ? OptionalInt.of(in.u8()) : OptionalInt.empty());
    }

    @Override
    public VendorKey key() {
        return KEY;
    }

    @Override
    public byte[] encodeBody() {
        return highestVetoedVersion.isPresent()
                ? new byte[] {(byte) highestVetoedVersion.getAsInt()}
                : new byte[0];
    }
}
