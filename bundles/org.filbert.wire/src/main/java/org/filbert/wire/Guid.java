package org.filbert.wire;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import io.netty.buffer.ByteBuf;
import org.filbert.wire.internal.Base32;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadWriter;

/**
 * A 16-byte Gnutella GUID (message ID or servent ID), with hex and base32 forms (base32 is the
 * push-proxy {@code ServerID} form). Immutable value type, thread-safe.
 */
public final class Guid {
    public static final int LENGTH = 16;
    /** The all-zero GUID some servents use for vendor messages. */
    public static final Guid ZERO = new Guid(new byte[LENGTH]);
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final byte[] bytes;

    private Guid(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * A new message GUID as modern servents make them: random, with byte 8 set to 0xFF and
     * byte 15 to 0x00.
     */
    public static Guid random() {
        byte[] b = new byte[LENGTH];
        RANDOM.nextBytes(b);
        b[8] = (byte) 0xFF;
        b[15] = 0;
        return new Guid(b);
    }

    public static Guid of(byte[] bytes) {
        return new Guid(Checks.copyExact(bytes, LENGTH, "guid"));
    }

    /** Reads 16 bytes at {@code index} (no copy beyond the one read). */
    static Guid read(ByteBuf in, int index) {
        byte[] bytes = new byte[LENGTH];
        in.getBytes(index, bytes);
        return new Guid(bytes);
    }

    /** Takes ownership of a freshly made 16-byte array (the decoders' path: no defensive copy). */
    static Guid adopt(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("guid must be 16 bytes, got " + bytes.length);
        }
        return new Guid(bytes);
    }

    /** Writes the 16 bytes (no copy). */
    void writeTo(ByteBuf out) {
        out.writeBytes(bytes);
    }

    void writeTo(PayloadWriter out) {
        out.bytes(bytes);
    }

    public static Guid fromHex(String hex) {
        return of(HexFormat.of().parseHex(hex));
    }

    /** Parses the base32 form (case-insensitive); empty if it is not 26 base32 characters. */
    public static Optional<Guid> fromBase32(String text) {
        return Base32.decode(text, LENGTH).map(Guid::new);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** The byte at {@code index} as an unsigned value. */
    public int byteAt(int index) {
        return bytes[index] & 0xFF;
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    public String base32() {
        return Base32.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guid guid && Arrays.equals(bytes, guid.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
