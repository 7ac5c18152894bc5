package org.filbert.wire.internal;

import java.util.Objects;

/**
 * Argument checks for the immutable message records (unsigned ranges, fixed lengths, defensive copies).
 * Stateless, thread-safe.
 */
public final class Checks {
    private Checks() {
    }

    public static int u8(int value, String name) {
        return range(value, 0, 0xFF, name);
    }

    public static int u16(int value, String name) {
        return range(value, 0, 0xFFFF, name);
    }

    public static long u32(long value, String name) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(name + " out of u32 range: " + value);
        }
        return value;
    }

    public static int range(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " out of range [" + min + ", " + max + "]: " + value);
        }
        return value;
    }

    /** A defensive copy of a non-null array. */
    public static byte[] copy(byte[] data, String name) {
        return Objects.requireNonNull(data, name).clone();
    }

    /** A defensive copy of a non-null array that must have exactly {@code length} bytes. */
    public static byte[] copyExact(byte[] data, int length, String name) {
        Objects.requireNonNull(data, name);
        if (data.length != length) {
            throw new IllegalArgumentException(name + " must be " + length + " bytes, got " + data.length);
        }
        return data.clone();
    }
}
