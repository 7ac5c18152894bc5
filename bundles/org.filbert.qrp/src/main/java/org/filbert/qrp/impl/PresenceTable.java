package org.filbert.qrp.impl;

import java.util.BitSet;
import java.util.Collection;

import org.filbert.wire.qrp.QrpHash;
import org.filbert.wire.qrp.QrpTable;

/**
 * A query routing table reduced to what routing needs: which slots hold something (one
 * bit per slot, 16 KiB for LimeWire's 128 Ki slots instead of a byte each). Tables of
 * different sizes merge because the QRP hash of a smaller table is the top bits of the
 * larger one's: slot {@code s} of a table of {@code 2^b} slots covers slots
 * {@code s << d .. (s+1) << d} of a table of {@code 2^(b+d)}. Immutable; thread-safe.
 */
final class PresenceTable {

    private final int bits;
    private final BitSet present;

    private PresenceTable(int bits, BitSet present) {
        this.bits = bits;
        this.present = present;
    }

    static PresenceTable of(QrpTable table) {
        BitSet present = new BitSet(table.length());
        for (int slot = 0; slot < table.length(); slot++) {
            if (table.present(slot)) {
                present.set(slot);
            }
        }
        return new PresenceTable(table.bits(), present);
    }

    /** The union of {@code parts}, at {@code 2^bits} slots. */
    static PresenceTable merge(int bits, Collection<PresenceTable> parts) {
        BitSet merged = new BitSet(1 << bits);
        for (PresenceTable part : parts) {
            int shift = part.bits - bits;
            for (int slot = part.present.nextSetBit(0); slot >= 0; slot = part.present.nextSetBit(slot + 1)) {
                if (shift >= 0) {
                    merged.set(slot >>> shift);
                } else {
                    merged.set(slot << -shift, (slot + 1) << -shift);
                }
            }
        }
        return new PresenceTable(bits, merged);
    }

    int bits() {
        return bits;
    }

    int length() {
        return 1 << bits;
    }

    int presentCount() {
        return present.cardinality();
    }

    boolean contains(String keyword) {
        return present.get(QrpHash.hash(keyword, bits));
    }

    /** Whether every keyword is present; false for no keywords. */
    boolean containsAll(Collection<String> keywords) {
        return !keywords.isEmpty() && keywords.stream().allMatch(this::contains);
    }

    /** As a wire table with present slots at distance 1, for sending. */
    QrpTable toQrpTable(int infinity) {
        QrpTable table = new QrpTable(length(), infinity);
        for (int slot = present.nextSetBit(0); slot >= 0; slot = present.nextSetBit(slot + 1)) {
            table.set(slot, 1);
        }
        return table;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PresenceTable t && bits == t.bits && present.equals(t.present);
    }

    @Override
    public int hashCode() {
        return 31 * bits + present.hashCode();
    }
}
