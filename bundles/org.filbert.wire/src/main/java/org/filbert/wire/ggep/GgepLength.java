package org.filbert.wire.ggep;

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
        if (length < 0 || length > MAX) {
            throw new IllegalArgumentException("GGEP length out of range: " + length);
        }
        if (length < 1 << 6) {
            return new byte[] {(byte) (0x40 | length)};
        }
        if (length < 1 << 12) {
            return new byte[] {(byte) (0x80 | length >>> 6), (byte) (0x40 | (length & 0x3F))};
        }
        return new byte[] {(byte) (0x80 | length >>> 12), (byte) (0x80 | ((length >>> 6) & 0x3F)),
                (byte) (0x40 | (length & 0x3F))};
    }
}
