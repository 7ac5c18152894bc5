package org.filbert.wire.vendor;

import java.util.Objects;

import org.filbert.wire.VendorCode;
import org.filbert.wire.internal.Checks;

/**
 * Identifies a vendor message type and version, written {@code LIME/21v1}. Immutable record, thread-safe.
 */
public record VendorKey(VendorCode vendor, int selector, int version) {
    public static final VendorCode BEAR = VendorCode.of("BEAR");
    public static final VendorCode LIME = VendorCode.of("LIME");
    public static final VendorCode GTKG = VendorCode.of("GTKG");

    public VendorKey {
        Objects.requireNonNull(vendor, "vendor");
        Checks.u16(selector, "selector");
        Checks.u16(version, "version");
    }

    public static VendorKey of(VendorCode vendor, int selector, int version) {
        return new VendorKey(vendor, selector, version);
    }

    @Override
    public String toString() {
        return vendor + "/" + selector + "v" + version;
    }
}
