package org.filbert.wire.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;

/**
 * A bounds-checked cursor over a byte array (the copied-out payload); every read past the end throws
 * {@link WireException} with {@link DropReason#TRUNCATED}. Mutable, not thread-safe.
 */
public final class PayloadReader {
    private final byte[] data;
    private final int end;
    private int position;

    public PayloadReader(byte[] data) {
        this(data, 0, data.length);
    }

    public PayloadReader(byte[] data, int from, int to) {
        if (from < 0 || to > data.length || from > to) {
            throw new IllegalArgumentException("bad range " + from + ".." + to);
        }
        this.data = data;
        this.position = from;
        this.end = to;
    }

    public int position() {
        return position;
    }

    public int end() {
        return end;
    }

    public int remaining() {
        return end - position;
    }

    public boolean hasRemaining() {
        return position < end;
    }

    /** The next byte without consuming it, or -1 at the end. */
    public int peek() {
        return position < end ? data[position] & 0xFF : -1;
    }

    public int u8() throws WireException {
        require(1);
        return data[position++] & 0xFF;
    }

    public int u16le() throws WireException {
        require(2);
        int value = (data[position] & 0xFF) | (data[position + 1] & 0xFF) << 8;
        position += 2;
        return value;
    }

    public int u16be() throws WireException {
        require(2);
        int value = (data[position] & 0xFF) << 8 | (data[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    public long u32le() throws WireException {
        require(4);
        long value = (data[position] & 0xFFL)
                | (data[position + 1] & 0xFFL) << 8
                | (data[position + 2] & 0xFFL) << 16
                | (data[position + 3] & 0xFFL) << 24;
        position += 4;
        return value;
    }

    /** Four bytes in network order (an IPv4 address, a vendor code) as an int. */
    public int s32be() throws WireException {
        require(4);
        int value = (data[position] & 0xFF) << 24
                | (data[position + 1] & 0xFF) << 16
                | (data[position + 2] & 0xFF) << 8
                | (data[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    /** The next {@code count} bytes as ISO-8859-1 text (every byte one character). */
    public String latin1(int count) throws WireException {
        require(count);
        String text = new String(data, position, count, StandardCharsets.ISO_8859_1);
        position += count;
        return text;
    }

    /** The next {@code count} bytes decoded as UTF-8 (malformed sequences become U+FFFD). */
    public String utf8(int count) throws WireException {
        require(count);
        String text = new String(data, position, count, StandardCharsets.UTF_8);
        position += count;
        return text;
    }

    /** The byte at an absolute index between the cursor and the end, unsigned. */
    public int byteAt(int index) {
        if (index < position || index >= end) {
            throw new IndexOutOfBoundsException("index " + index + " outside " + position + ".." + end);
        }
        return data[index] & 0xFF;
    }

    public byte[] bytes(int count) throws WireException {
        if (count < 0) {
            throw new WireException(DropReason.TRUNCATED, "negative length " + count);
        }
        require(count);
        byte[] out = Arrays.copyOfRange(data, position, position + count);
        position += count;
        return out;
    }

    public byte[] rest() {
        byte[] out = Arrays.copyOfRange(data, position, end);
        position = end;
        return out;
    }

    public void skip(int count) throws WireException {
        require(count);
        position += count;
    }

    /** Index of the first {@code value} at or after the cursor and before the end, or -1. */
    public int indexOf(int value) {
        for (int i = position; i < end; i++) {
            if ((data[i] & 0xFF) == value) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first byte equal to either value at or after the cursor, or -1. */
    public int indexOfEither(int first, int second) {
        for (int i = position; i < end; i++) {
            int b = data[i] & 0xFF;
            if (b == first || b == second) {
                return i;
            }
        }
        return -1;
    }

    private void require(int count) throws WireException {
        if (count > end - position) {
            throw new WireException(DropReason.TRUNCATED,
                    "need " + count + " bytes at offset " + position + ", have " + (end - position));
        }
    }
}
