package org.filbert.wire.qrp;

/**
 * The QRP keyword hash: the low byte of each lower-cased UTF-16 unit is XORed into a 32-bit
 * accumulator at byte positions 0,1,2,3,0,...; the accumulator is multiplied by 0x4F1BBCDC (mod 2^32)
 * and the top {@code bits} bits are kept. Stateless, thread-safe.
 */
public final class QrpHash {
    private static final int MULTIPLIER = 0x4F1BBCDC;

    private QrpHash() {
    }

    /** The hash of {@code keyword} for a table of 2^bits slots (1 <= bits <= 32). */
    public static int hash(String keyword, int bits) {
        if (bits < 1 || bits > 32) {
            throw new IllegalArgumentException("bits must be 1-32: " + bits);
        }
        int accumulator = 0;
        for (int i = 0; i < keyword.length(); i++) {
            int b = Character.toLowerCase(keyword.charAt(i)) & 0xFF;
            accumulator ^= b << ((i & 3) * 8);
        }
        return (accumulator * MULTIPLIER) >>> (32 - bits);
    }
}
