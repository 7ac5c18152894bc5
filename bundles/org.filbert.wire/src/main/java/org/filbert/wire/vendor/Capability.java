package org.filbert.wire.vendor;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.filbert.wire.internal.Checks;

/**
 * One Capabilities / Features-Supported entry: a 4-character name ({@code TLS!}, {@code QRP1},
 * {@code F2FT}...) and its version. Immutable record, thread-safe.
 */
public record Capability(String name, long version) {
    public Capability {
        Objects.requireNonNull(name, "name");
        if (name.length() != 4 || name.getBytes(StandardCharsets.ISO_8859_1).length != 4) {
            throw new IllegalArgumentException("capability name must be 4 characters: " + name);
        }
        Checks.u32(version, "version");
    }

    byte[] nameBytes() {
        return name.getBytes(StandardCharsets.ISO_8859_1);
    }

    static String name(byte[] fourBytes) {
        return new String(fourBytes, StandardCharsets.ISO_8859_1);
    }
}
