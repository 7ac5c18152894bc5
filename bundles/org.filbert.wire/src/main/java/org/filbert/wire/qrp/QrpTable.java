package org.filbert.wire.qrp;

import java.util.Arrays;

import org.filbert.wire.internal.Checks;

/**
 * A query route table: one value per slot, the hop distance to a matching file, {@link #infinity()}
 * meaning "nothing here". Mutable, not thread-safe; use {@link #copy()} to hand out snapshots.
 */
public final class QrpTable {
    private final byte[] slots;
    private final int infinity;

    /** An empty table: every slot at infinity. */
    public QrpTable(int length, int infinity) {
        if (length <= 0 || Integer.bitCount(length) != 1) {
            throw new IllegalArgumentException("table length must be a power of two: " + length);
        }
        this.infinity = Checks.range(infinity, 1, 0xFF, "infinity");
        this.slots = new byte[length];
        Arrays.fill(slots, (byte) infinity);
    }

    private QrpTable(byte[] slots, int infinity) {
        this.slots = slots;
        this.infinity = infinity;
    }

    public QrpTable copy() {
        return new QrpTable(slots.clone(), infinity);
    }

    public int length() {
        return slots.length;
    }

    /** log2 of the length: the hash width for this table. */
    public int bits() {
        return Integer.numberOfTrailingZeros(slots.length);
    }

    public int infinity() {
        return infinity;
    }

    public int value(int slot) {
        return slots[slot] & 0xFF;
    }

    public void set(int slot, int value) {
        slots[slot] = (byte) Checks.u8(value, "value");
    }

    /** Whether the slot holds something (a value below infinity). */
    public boolean present(int slot) {
        return value(slot) < infinity;
    }

    /** Marks the keyword's slot present at distance 1. */
    public void addKeyword(String keyword) {
        set(QrpHash.hash(keyword, bits()), 1);
    }

    public boolean containsKeyword(String keyword) {
        return present(QrpHash.hash(keyword, bits()));
    }

    public int presentCount() {
        int count = 0;
        for (int i = 0; i < slots.length; i++) {
            if (present(i)) {
                count++;
            }
        }
        return count;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QrpTable t && infinity == t.infinity && Arrays.equals(slots, t.slots);
    }

    @Override
    public int hashCode() {
        return 31 * infinity + Arrays.hashCode(slots);
    }

    @Override
    public String toString() {
        return "QrpTable[" + slots.length + " slots, infinity " + infinity + ", " + presentCount() + " present]";
    }
}
