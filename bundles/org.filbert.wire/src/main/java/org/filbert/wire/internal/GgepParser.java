package org.filbert.wire.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.Cobs;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;

/**
 * Parses one GGEP block at a reader's cursor: magic, extension headers, lengths, COBS and capped
 * inflation (what deflated extensions inflate to is taken from an {@link InflateBudget}, by default
 * one of {@link WireLimits#maxGgepInflatedSize()} for the block alone). Stateless, thread-safe.
 */
public final class GgepParser {
    private static final int FLAG_LAST = 0x80;
    private static final int FLAG_COBS = 0x40;
    private static final int FLAG_DEFLATE = 0x20;
    private static final int FLAG_RESERVED = 0x10;
    private static final int ID_LENGTH_MASK = 0x0F;
    /**
     * Extension IDs seen in ordinary traffic (pings, pongs, queries, hits, vendor messages), sorted by
     * {@link #key}. A parsed ID equal to one of them is shared instead of allocated: most messages carry
     * a few of them.
     */
    private static final String[] COMMON_IDS = sortedByKey("ALT", "BH", "CT", "DHT", "DHTIPP", "DU", "GTKGV", "GUE",
            "H", "IP", "IPP", "LF", "LOC", "M", "NP", "PR", "PUSH", "RPH0", "RPI0", "RPS0", "RPT0", "SCP", "SO", "T",
            "TLS", "TT", "UP", "VC", "XQ", "Z");
    private static final long[] COMMON_ID_KEYS = Arrays.stream(COMMON_IDS).mapToLong(GgepParser::key).toArray();
    private static final int MAX_KEYED_LENGTH = 7;

    private GgepParser() {
    }

    /** Parses a block that is the only one of its message (or is decoded on its own). */
    public static GgepBlock parse(PayloadReader in, WireLimits limits) throws WireException {
        return parse(in, limits, new InflateBudget(limits.maxGgepInflatedSize()));
    }

    /** Parses a block whose deflated extensions share {@code budget} with the other blocks of its message. */
    public static GgepBlock parse(PayloadReader in, WireLimits limits, InflateBudget budget) throws WireException {
        if (in.u8() != GgepBlock.MAGIC) {
            throw new WireException(DropReason.BAD_GGEP, "missing GGEP magic 0xC3");
        }
        List<GgepExtension> extensions = new ArrayList<>(4);
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
            String id = id(in, idLength);
            if (id.indexOf('\0') >= 0) {
                throw new WireException(DropReason.BAD_GGEP, "NUL in extension ID");
            }
            byte[] data = in.bytes(readLength(in));
            boolean cobs = (flags & FLAG_COBS) != 0;
            boolean deflate = (flags & FLAG_DEFLATE) != 0;
            if (cobs) {
                data = Cobs.decode(data).orElseThrow(
                        () -> new WireException(DropReason.BAD_GGEP, "bad COBS data"));
            }
            if (deflate) {
                data = CappedInflater.inflateAll(data, budget.remaining(), DropReason.GGEP_INFLATE_LIMIT,
                        DropReason.BAD_GGEP);
                budget.spend(data.length);
            }
            extensions.add(new GgepExtension(id, data, deflate, cobs));
            if (extensions.size() > limits.maxGgepExtensions()) {
                throw new WireException(DropReason.TOO_MANY_GGEP_EXTENSIONS,
                        "more than " + limits.maxGgepExtensions() + " extensions");
            }
        } while ((flags & FLAG_LAST) == 0);
        return new GgepBlock(extensions);
    }

    /** The ID at the cursor: a shared {@link #COMMON_IDS} string when it is one, else a new one. */
    private static String id(PayloadReader in, int length) throws WireException {
        if (length <= MAX_KEYED_LENGTH && length <= in.remaining()) {
            long key = 0;
            for (int i = 0; i < length; i++) {
                key = key << 8 | in.byteAt(in.position() + i);
            }
            int found = Arrays.binarySearch(COMMON_ID_KEYS, key | (long) length << 56);
            if (found >= 0) {
                in.skip(length);
                return COMMON_IDS[found];
            }
        }
        return in.latin1(length);
    }

    private static String[] sortedByKey(String... ids) {
        String[] sorted = ids.clone();
        Arrays.sort(sorted, Comparator.comparingLong(GgepParser::key));
        return sorted;
    }

    /** An ID of up to 7 characters packed into a long, with its length in the top byte (no collisions). */
    private static long key(String id) {
        long key = 0;
        for (int i = 0; i < id.length(); i++) {
            key = key << 8 | id.charAt(i);
        }
        return key | (long) id.length() << 56;
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
