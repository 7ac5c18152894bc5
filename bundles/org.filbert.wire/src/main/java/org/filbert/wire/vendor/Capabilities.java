package org.filbert.wire.vendor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.VendorCode;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * Capabilities / Features-Supported (vendor 0, selector 10). Version 0 (gtk-gnutella): count (LE u16)
 * and entries of name (4) + version (LE u16). Version 1 (LimeWire) appends a second count and entries
 * with 4-byte (LE) versions. Immutable record, thread-safe.
 */
public record Capabilities(int version, List<Capability> capabilities, List<Capability> wideCapabilities)
        implements VendorPayload {
    public static final int SELECTOR = 10;

    public Capabilities {
        Checks.range(version, 0, 1, "version");
        capabilities = List.copyOf(Objects.requireNonNull(capabilities, "capabilities"));
        wideCapabilities = List.copyOf(Objects.requireNonNull(wideCapabilities, "wideCapabilities"));
        if (capabilities.stream().anyMatch(c -> c.version() > 0xFFFF)) {
            throw new IllegalArgumentException("first-list versions are 16-bit");
        }
        if (version == 0 && !wideCapabilities.isEmpty()) {
            throw new IllegalArgumentException("version 0 has no 32-bit list");
        }
    }

    static Capabilities decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(body);
        List<Capability> narrow = new ArrayList<>();
        int count = in.u16le();
        for (int i = 0; i < count; i++) {
            narrow.add(new Capability(Capability.name(in.bytes(4)), in.u16le()));
        }
        List<Capability> wide = new ArrayList<>();
        if (key.version() >= 1 && in.hasRemaining()) {
            int wideCount = in.u16le();
            for (int i = 0; i < wideCount; i++) {
                wide.add(new Capability(Capability.name(in.bytes(4)), in.u32le()));
            }
        }
        return new Capabilities(key.version(), narrow, wide);
    }

    /** The version announced for {@code name}, the 32-bit list taking precedence. */
    public Optional<Long> versionOf(String name) {
        return wideCapabilities.stream().filter(c -> c.name().equals(name)).findFirst()
                .or(() -> capabilities.stream().filter(c -> c.name().equals(name)).findFirst())
                .map(Capability::version);
    }

    @Override
    public VendorKey key() {
        return VendorKey.of(VendorCode.NONE, SELECTOR, version);
    }

    @Override
    public byte[] encodeBody() {
        PayloadWriter out = new PayloadWriter().u16le(capabilities.size());
        for (Capability c : capabilities) {
            out.bytes(c.nameBytes()).u16le((int) c.version());
        }
        if (version >= 1) {
            out.u16le(wideCapabilities.size());
            for (Capability c : wideCapabilities) {
                out.bytes(c.nameBytes()).u32le(c.version());
            }
        }
        return out.toByteArray();
    }
}
