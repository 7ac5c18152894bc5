package org.filbert.wire.internal;

import java.util.Arrays;

/**
 * A growable little-endian byte sink used by the payload encoders. Mutable, not thread-safe.
 */
public final class PayloadWriter {
    private byte[] buffer;
    private int size;

    public PayloadWriter() {
        this(64);
    }

    /** A writer whose buffer first holds {@code initialCapacity} bytes (the exact size, when known). */
    public PayloadWriter(int initialCapacity) {
        buffer = new byte[Math.max(0, initialCapacity)];
    }

    public PayloadWriter u8(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    public PayloadWriter u16le(int value) {
        ensure(2);
        buffer[size++] = (byte) value;
        buffer[size++] = (byte) (value >>> 8);
        return this;
    }

    public PayloadWriter u16be(int value) {
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    public PayloadWriter u32le(long value) {
        ensure(4);
        buffer[size++] = (byte) value;
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 24);
        return this;
    }

    /** An int in network order (an IPv4 address, a vendor code). */
    public PayloadWriter s32be(int value) {
        ensure(4);
        buffer[size++] = (byte) (value >>> 24);
        buffer[size++] = (byte) (value >>> 16);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    /** Text of ISO-8859-1 characters, one byte each. */
    public PayloadWriter latin1(String text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[size++] = (byte) text.charAt(i);
        }
        return this;
    }

    public PayloadWriter bytes(byte[] data) {
        return bytes(data, 0, data.length);
    }

    public PayloadWriter bytes(byte[] data, int offset, int length) {
        ensure(length);
        System.arraycopy(data, offset, buffer, size, length);
        size += length;
        return this;
    }

    public int size() {
        return size;
    }

    /**
     * The bytes written. When the buffer is exactly full it is returned without a copy: any later write
     * grows into a new buffer first, so the returned array is never changed.
     */
    public byte[] toByteArray() {
        return size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }
}
