package org.filbert.wire;

import java.nio.charset.StandardCharsets;

/**
 * A 4-byte vendor code ({@code LIME}, {@code GTKG}, {@code BEAR}, or zero for the vendor-neutral
 * messages), compared case-sensitively. Immutable value, thread-safe.
 *
 * @param code the 4 bytes as a big-endian integer
 */
public record VendorCode(int code) {
    /** The all-zero code of Messages-Supported and Capabilities. */
    public static final VendorCode NONE = new VendorCode(0);

    public static VendorCode of(String fourChars) {
        byte[] b = fourChars.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length != 4 || fourChars.length() != 4) {
            throw new IllegalArgumentException("vendor code must be 4 characters: " + fourChars);
        }
        return of(b);
    }

    public static VendorCode of(byte[] fourBytes) {
        if (fourBytes.length != 4) {
            throw new IllegalArgumentException("vendor code must be 4 bytes");
        }
        return new VendorCode((fourBytes[0] & 0xFF) << 24 | (fourBytes[1] & 0xFF) << 16
                | (fourBytes[2] & 0xFF) << 8 | (fourBytes[3] & 0xFF));
    }

    public byte[] bytes() {
        return new byte[] {(byte) (code >>> 24), (byte) (code >>> 16), (byte) (code >>> 8), (byte) code};
    }

    /** The code as 4 ISO-8859-1 characters (NULs included for {@link #NONE}). */
    public String text() {
        return new String(bytes(), StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return code == 0 ? "NONE" : text();
    }
}
