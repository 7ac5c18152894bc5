package org.filbert.wire.vendor;

import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;

/**
 * LIME/12 OOB reply number (v1-v3): the number of hits the responder holds (1 byte); from v2 a flag
 * byte follows whose bit 0 says the responder can receive unsolicited UDP. v3 (secure OOB) has the
 * same layout; extra bytes after the known ones are ignored. Immutable record, thread-safe.
 */
public record OobReplyNumber(int version, int results, boolean canReceiveUnsolicited) implements VendorPayload {
    public static final int SELECTOR = 12;
    private static final int UNSOLICITED = 0x01;

    public OobReplyNumber {
        Checks.range(version, 1, 3, "version");
        Checks.u8(results, "results");
        if (version == 1 && canReceiveUnsolicited) {
            throw new IllegalArgumentException("version 1 has no flag byte");
        }
    }

    static OobReplyNumber decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(body);
        int results = in.u8();
        boolean unsolicited = key.version() >= 2 && (in.u8() & UNSOLICITED) != 0;
        return new OobReplyNumber(key.version(), results, unsolicited);
    }

    @Override
    public VendorKey key() {
        return VendorKey.of(VendorKey.LIME, SELECTOR, version);
    }

    @Override
    public byte[] encodeBody() {
        return version == 1
                ? new byte[] {(byte) results}
                : new byte[] {(byte) results, (byte) (canReceiveUnsolicited ? UNSOLICITED : 0)};
    }
}
