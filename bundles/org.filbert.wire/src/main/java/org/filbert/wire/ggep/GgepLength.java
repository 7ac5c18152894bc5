package org.filbert.wire.ggep;

import org.filbert.wire.internal.PayloadWriter;

/**
 * The GGEP data-length field: 1-3 chunks of 6 bits, most significant first; bit 7 means another chunk
 * follows, bit 6 marks the last one (0 is 0x40, 64 is 0x81 0x40). Stateless, thread-safe.
 */
public final class GgepLength {
    /** The largest length three chunks can hold. */
    public static final int MAX = (1 << 18) - 1;

    private GgepLength() {
    }

    /** The shortest encoding of {@code length}. */
    public static byte[] encode(int length) {
        PayloadWriter out = new PayloadWriter(size(length));
        write(length, out);
        return out.toByteArray();
    }

    /** The size of the shortest encoding of {@code length}: 1 to 3 bytes. */
    static int size(int length) {
        if (length < 0 || length > MAX) {
            throw new IllegalArgumentException("GGEP length out of range: " + length);
        }
        return length < 1 << 6 ? 1 : length < 1 << 12 ? 2 : 3;
    }

    /** Writes the shortest encoding of {@code length}. */
    static void write(int length, PayloadWriter out) {
        switch (size(length)) {
            case 1 -> out.u8(0x40 | length);
            case 2 -> out.u8(0x80 | length >>> 6).u8(0x40 | (length & 0x3F));
            default -> out.u8(0x80 | length >>> 12).u8(0x80 | ((length >>> 6) & 0x3F)).u8(0x40 | (length & 0x3F));
        }
    }
}
