package org.filbert.wire.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * RFC 4648 base32 (upper-case alphabet, no padding) as used by HUGE URNs and push-proxy GUIDs.
 * Stateless, thread-safe.
 */
public final class Base32 {
    private static final char[] ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private Base32() {
    }

    public static String encode(byte[] data) {
        byte[] out = new byte[encodedLength(data.length)];
        encodeInto(data, out, 0);
        return new String(out, StandardCharsets.US_ASCII);
    }

    /** The number of characters {@code bytes} bytes encode to. */
    public static int encodedLength(int bytes) {
        return (bytes * 8 + 4) / 5;
    }

    /** Writes the ASCII encoding of {@code data} into {@code out} at {@code offset}; returns the end offset. */
    public static int encodeInto(byte[] data, byte[] out, int offset) {
        int at = offset;
        int buffer = 0;
        int bits = 0;
        for (byte b : data) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                out[at++] = (byte) ALPHABET[(buffer >>> (bits - 5)) & 0x1F];
                bits -= 5;
            }
        }
        if (bits > 0) {
            out[at++] = (byte) ALPHABET[(buffer << (5 - bits)) & 0x1F];
        }
        return at;
    }

    /**
     * Decodes case-insensitively; empty when a character is outside the alphabet or the text length
     * does not correspond to exactly {@code expectedBytes} bytes.
     */
    public static Optional<byte[]> decode(CharSequence text, int expectedBytes) {
        return decode(text, 0, text.length(), expectedBytes);
    }

    /** {@link #decode(CharSequence, int)} of the characters from {@code start} to {@code end}. */
    public static Optional<byte[]> decode(CharSequence text, int start, int end, int expectedBytes) {
        if (end - start != encodedLength(expectedBytes)) {
            return Optional.empty();
        }
        byte[] out = new byte[expectedBytes];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = start; i < end; i++) {
            int value = valueOf(text.charAt(i));
            if (value < 0) {
                return Optional.empty();
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                if (index < expectedBytes) {
                    out[index++] = (byte) (buffer >>> (bits - 8));
                }
                bits -= 8;
            }
        }
        return Optional.of(out);
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '2' && c <= '7') {
            return c - '2' + 26;
        }
        return -1;
    }
}
