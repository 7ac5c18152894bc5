package org.filbert.wire.ggep;

import java.util.Optional;

import org.filbert.wire.internal.PayloadWriter;

/**
 * Consistent Overhead Byte Stuffing as GGEP uses it: the encoding holds no zero byte; each block is a
 * code byte n followed by n - 1 data bytes and an implied zero unless n is 0xFF or the block is the
 * last. Stateless, thread-safe.
 */
public final class Cobs {
    private Cobs() {
    }

    public static byte[] encode(byte[] data) {
        PayloadWriter out = new PayloadWriter(data.length + data.length / 254 + 2);
        int blockStart = 0;
        while (true) {
            int end = blockStart;
            while (end < data.length && data[end] != 0 && end - blockStart < 254) {
                end++;
            }
            int length = end - blockStart;
            out.u8(length + 1);
            out.bytes(data, blockStart, length);
            if (end == data.length) {
                return out.toByteArray();
            }
            // A full block (code 0xFF) implies no zero; otherwise data[end] is the zero it implies.
            blockStart = length == 254 ? end : end + 1;
        }
    }

    /** Decodes, or returns empty when a code byte is zero or promises more bytes than remain. */
    public static Optional<byte[]> decode(byte[] encoded) {
        PayloadWriter out = new PayloadWriter(encoded.length);
        int i = 0;
        while (i < encoded.length) {
            int code = encoded[i++] & 0xFF;
            if (code == 0 || i + code - 1 > encoded.length) {
                return Optional.empty();
            }
            for (int k = 0; k < code - 1; k++) {
                if (encoded[i + k] == 0) {
                    return Optional.empty();
                }
            }
            out.bytes(encoded, i, code - 1);
            i += code - 1;
            if (code < 0xFF && i < encoded.length) {
                out.u8(0);
            }
        }
        return Optional.of(out.toByteArray());
    }
}
