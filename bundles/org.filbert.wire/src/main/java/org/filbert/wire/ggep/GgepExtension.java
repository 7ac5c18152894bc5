package org.filbert.wire.ggep;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One GGEP extension: its ID (1-15 non-NUL bytes, kept as ISO-8859-1 text), its decoded data, and
 * whether it is sent deflated and/or COBS-encoded. Immutable record (data is copied), thread-safe.
 */
public record GgepExtension(String id, byte[] data, boolean deflate, boolean cobs) {
    public static final int MAX_ID_LENGTH = 15;

    public GgepExtension {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH || !isLatin1(id)) {
            throw new IllegalArgumentException("GGEP ID must be 1-15 ISO-8859-1 characters: " + id);
        }
        if (id.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("GGEP ID must not contain NUL");
        }
        data = Objects.requireNonNull(data, "data").clone();
    }

    private static boolean isLatin1(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    /** A plain extension (neither deflated nor COBS-encoded). */
    public static GgepExtension of(String id, byte[] data) {
        return new GgepExtension(id, data, false, false);
    }

    /** An extension without data, such as {@code TLS} or {@code BH}. */
    public static GgepExtension flag(String id) {
        return new GgepExtension(id, new byte[0], false, false);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int dataLength() {
        return data.length;
    }

    /** The data itself, not a copy, for the encoder in this package; never modified. */
    byte[] dataNoCopy() {
        return data;
    }

    /** The data read as a GGEP little-endian variable-length integer. */
    public long vlint() {
        return Vlint.decode(data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GgepExtension e && id.equals(e.id) && Arrays.equals(data, e.data)
                && deflate == e.deflate && cobs == e.cobs;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, Arrays.hashCode(data), deflate, cobs);
    }

    @Override
    public String toString() {
        return id + "=" + HexFormat.of().formatHex(data) + (deflate ? " deflate" : "") + (cobs ? " cobs" : "");
    }
}
