package org.filbert.wire.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.Cobs;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;

/**
 * Parses one GGEP block at a reader's cursor: magic, extension headers, lengths, COBS and capped
 * inflation (the inflated total of a block is bounded by {@link WireLimits#maxGgepInflatedSize()}).
 * Stateless, thread-safe.
 */
public final class GgepParser {
    private static final int FLAG_LAST = 0x80;
    private static final int FLAG_COBS = 0x40;
    private static final int FLAG_DEFLATE = 0x20;
    private static final int FLAG_RESERVED = 0x10;
    private static final int ID_LENGTH_MASK = 0x0F;

    private GgepParser() {
    }

    public static GgepBlock parse(PayloadReader in, WireLimits limits) throws WireException {
        if (in.u8() != GgepBlock.MAGIC) {
            throw new WireException(DropReason.BAD_GGEP, "missing GGEP magic 0xC3");
        }
        List<GgepExtension> extensions = new ArrayList<>();
        int inflateBudget = limits.maxGgepInflatedSize();
        int flags;
        do {
            flags = in.u8();
            if ((flags & FLAG_RESERVED) != 0) {
                throw new WireException(DropReason.BAD_GGEP, "reserved flag bit set: 0x" + Integer.toHexString(flags));
            }
            int idLength = flags & ID_LENGTH_MASK;
            if (idLength == 0) {
                throw new WireException(DropReason.BAD_GGEP, "zero-length extension ID");
            }
            byte[] id = in.bytes(idLength);
            for (byte b : id) {
                if (b == 0) {
                    throw new WireException(DropReason.BAD_GGEP, "NUL in extension ID");
                }
            }
            byte[] data = in.bytes(readLength(in));
            boolean cobs = (flags & FLAG_COBS) != 0;
            boolean deflate = (flags & FLAG_DEFLATE) != 0;
            if (cobs) {
                data = Cobs.decode(data).orElseThrow(
                        () -> new WireException(DropReason.BAD_GGEP, "bad COBS data"));
            }
            if (deflate) {
                data = CappedInflater.inflateAll(data, inflateBudget, DropReason.GGEP_INFLATE_LIMIT,
                        DropReason.BAD_GGEP);
                inflateBudget -= data.length;
            }
            extensions.add(new GgepExtension(new String(id, StandardCharsets.ISO_8859_1), data, deflate, cobs));
            if (extensions.size() > limits.maxGgepExtensions()) {
                throw new WireException(DropReason.TOO_MANY_GGEP_EXTENSIONS,
                        "more than " + limits.maxGgepExtensions() + " extensions");
            }
        } while ((flags & FLAG_LAST) == 0);
        return new GgepBlock(extensions);
    }

    private static int readLength(PayloadReader in) throws WireException {
        int length = 0;
        for (int chunk = 0; chunk < 3; chunk++) {
            int b = in.u8();
            int marker = b & 0xC0;
            if (marker == 0x00 || marker == 0xC0) {
                throw new WireException(DropReason.BAD_GGEP, "bad length chunk 0x" + Integer.toHexString(b));
            }
            length = (length << 6) | (b & 0x3F);
            if (marker == 0x40) {
                return length;
            }
        }
        throw new WireException(DropReason.BAD_GGEP, "length longer than 3 chunks");
    }
}
