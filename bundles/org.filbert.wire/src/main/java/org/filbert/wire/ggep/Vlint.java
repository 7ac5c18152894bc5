package org.filbert.wire.ggep;

/**
 * GGEP small integers ("vlint", as in {@code DU}, {@code LF}, {@code CT}): little-endian with trailing
 * zero bytes dropped; zero is written as one zero byte. Stateless, thread-safe.
 */
public final class Vlint {
    public static final int MAX_BYTES = 8;

    private Vlint() {
    }

    /** Encodes a non-negative value in 1-8 bytes. */
    public static byte[] encode(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("vlint must be non-negative: " + value);
        }
        int length = Math.max(1, (64 - Long.numberOfLeadingZeros(value) + 7) / 8);
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (value >>> (8 * i));
        }
        return out;
    }

    /**
     * Decodes up to 8 little-endian bytes (an empty array is 0); longer input is truncated to its
     * first 8 bytes, so the result may be negative only for 8-byte input with the top bit set.
     */
    public static long decode(byte[] data) {
        long value = 0;
        for (int i = Math.min(data.length, MAX_BYTES) - 1; i >= 0; i--) {
            value = (value << 8) | (data[i] & 0xFF);
        }
        return value;
    }
}
