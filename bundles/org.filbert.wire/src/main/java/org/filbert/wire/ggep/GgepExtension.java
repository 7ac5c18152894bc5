package org.filbert.wire.ggep;

import java.nio.charset.StandardCharsets;
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
        byte[] idBytes = id.getBytes(StandardCharsets.ISO_8859_1);
        if (idBytes.length < 1 || idBytes.length > MAX_ID_LENGTH || idBytes.length != id.length()) {
            throw new IllegalArgumentException("GGEP ID must be 1-15 ISO-8859-1 characters: " + id);
        }
        for (byte b : idBytes) {
            if (b == 0) {
                throw new IllegalArgumentException("GGEP ID must not contain NUL");
            }
        }
        data = Objects.requireNonNull(data, "data").clone();
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
