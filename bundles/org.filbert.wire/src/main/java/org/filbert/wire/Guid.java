package org.filbert.wire;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.filbert.wire.internal.Base32;
import org.filbert.wire.internal.Checks;

/**
 * A 16-byte Gnutella GUID (message ID or servent ID), with hex and base32 forms (base32 is the
 * push-proxy {@code ServerID} form). Immutable value type, thread-safe.
 */
public final class Guid {
    public static final int LENGTH = 16;
    /** The all-zero GUID some servents use for vendor messages. */
    public static final Guid ZERO = new Guid(new byte[LENGTH]);

    private final byte[] bytes;

    private Guid(byte[] bytes) {
        this.bytes = bytes;
    }

    public static Guid of(byte[] bytes) {
        return new Guid(Checks.copyExact(bytes, LENGTH, "guid"));
    }

    public static Guid fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** Parses the base32 form (case-insensitive); empty if it is not 26 base32 characters. */
    public static Optional<Guid> fromBase32(String text) {
        return Base32.decode(text, LENGTH).map(Guid::new);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The byte at {@code index} as an unsigned value. */
    public int byteAt(int index) {
        return bytes[index] & 0xFF;
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    public String base32() {
        return Base32.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guid guid && Arrays.equals(bytes, guid.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
