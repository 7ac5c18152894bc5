package org.filbert.wire.qrp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.filbert.wire.Guid;
import org.filbert.wire.QrpPatch;
import org.filbert.wire.Routing;
import org.filbert.wire.internal.Deflation;

/**
 * Builds the PATCH sequence that turns one route table into another: signed per-slot deltas packed
 * most significant bits first (4 or 8 bits per entry), zlib-compressed and chunked, each message
 * TTL 1, hops 0. Received sequences are applied by {@link QrpPatchReceiver}. Stateless, thread-safe.
 */
public final class QrpPatchCodec {
    /** The chunk size the QRP spec suggests. */
    public static final int DEFAULT_CHUNK_SIZE = 1024;

    private QrpPatchCodec() {
    }

    /**
     * The PATCH messages taking {@code previous} (an empty table for the first update after a RESET)
     * to {@code current}.
     *
     * @param entryBits 4 or 8; every delta must fit in that many signed bits
     * @param chunkSize largest data size per message; at most 255 messages result
     * @param guids supplies one message GUID per PATCH
     */
    public static List<QrpPatch> encode(QrpTable previous, QrpTable current, int entryBits, int chunkSize,
            Supplier<Guid> guids) {
        if (previous.length() != current.length()) {
            throw new IllegalArgumentException("tables differ in length");
        }
        if (entryBits != 4 && entryBits != 8) {
            throw new IllegalArgumentException("entry bits must be 4 or 8: " + entryBits);
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException("chunk size must be positive");
        }
        byte[] compressed = Deflation.deflate(pack(previous, current, entryBits));
        int count = (compressed.length + chunkSize - 1) / chunkSize;
        if (count > 0xFF) {
            throw new IllegalArgumentException("patch needs " + count + " messages, at most 255 allowed");
        }
        List<QrpPatch> patches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int from = i * chunkSize;
            byte[] chunk = Arrays.copyOfRange(compressed, from, Math.min(compressed.length, from + chunkSize));
            patches.add(new QrpPatch(Routing.direct(guids.get()), i + 1, count, QrpPatch.COMPRESSOR_ZLIB, entryBits,
                    chunk));
        }
        return patches;
    }

    private static byte[] pack(QrpTable previous, QrpTable current, int entryBits) {
        int entriesPerByte = 8 / entryBits;
        int min = -(1 << (entryBits - 1));
        int max = (1 << (entryBits - 1)) - 1;
        int mask = (1 << entryBits) - 1;
        byte[] out = new byte[previous.length() / entriesPerByte];
        for (int slot = 0; slot < previous.length(); slot++) {
            int delta = current.value(slot) - previous.value(slot);
            if (delta < min || delta > max) {
                throw new IllegalArgumentException("delta " + delta + " at slot " + slot + " needs more than "
                        + entryBits + " bits");
            }
            int shift = 8 - entryBits * (slot % entriesPerByte + 1);
            out[slot / entriesPerByte] |= (byte) ((delta & mask) << shift);
        }
        return out;
    }
}
