package org.filbert.wire.ggep;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A legacy text item of an extension area that is neither GGEP nor a recognised URN (for example
 * a bare {@code urn:} request or XML). Immutable record (bytes copied), thread-safe.
 */
public record OpaqueExtension(byte[] bytes) implements ExtensionItem {
    public OpaqueExtension {
        bytes = bytes.clone();
        if (bytes.length == 0 || (bytes[0] & 0xFF) == GgepBlock.MAGIC) {
            throw new IllegalArgumentException("opaque extension must be non-empty and not start with 0xC3");
        }
        for (byte b : bytes) {
            if (b == 0 || b == 0x1C) {
                throw new IllegalArgumentException("opaque extension must not contain NUL or 0x1C");
            }
        }
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public byte[] toBytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpaqueExtension o && Arrays.equals(bytes, o.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
