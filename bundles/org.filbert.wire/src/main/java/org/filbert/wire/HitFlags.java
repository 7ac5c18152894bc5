package org.filbert.wire;

import org.filbert.wire.internal.Checks;

/**
 * The two flag bytes of a query hit trailer's open data. For busy (0x04), uploaded (0x08),
 * speed-measured (0x10) and GGEP (0x20) the first byte says the flag is meaningful and the second
 * holds its value; for push (0x01) it is the other way round: the first byte holds the value and the
 * second says it is meaningful. Unused bits are kept. Immutable record, thread-safe.
 */
public record HitFlags(int first, int second) {
    public static final int PUSH = 0x01;
    public static final int BUSY = 0x04;
    public static final int UPLOADED = 0x08;
    public static final int SPEED_MEASURED = 0x10;
    public static final int GGEP = 0x20;

    public HitFlags {
        Checks.u8(first, "first");
        Checks.u8(second, "second");
    }

    public static HitFlags of(FlagValue push, FlagValue busy, FlagValue uploaded, FlagValue speedMeasured,
            FlagValue ggep) {
        int first = 0;
        int second = 0;
        if (push != FlagValue.UNKNOWN) {
            second |= PUSH;
            first |= push == FlagValue.YES ? PUSH : 0;
        }
        int[] masks = {BUSY, UPLOADED, SPEED_MEASURED, GGEP};
        FlagValue[] values = {busy, uploaded, speedMeasured, ggep};
        for (int i = 0; i < masks.length; i++) {
            if (values[i] != FlagValue.UNKNOWN) {
                first |= masks[i];
                second |= values[i] == FlagValue.YES ? masks[i] : 0;
            }
        }
        return new HitFlags(first, second);
    }

    public FlagValue push() {
        return value(second, first, PUSH);
    }

    public FlagValue busy() {
        return value(first, second, BUSY);
    }

    public FlagValue uploaded() {
        return value(first, second, UPLOADED);
    }

    public FlagValue speedMeasured() {
        return value(first, second, SPEED_MEASURED);
    }

    public FlagValue ggep() {
        return value(first, second, GGEP);
    }

    private static FlagValue value(int validByte, int valueByte, int mask) {
        if ((validByte & mask) == 0) {
            return FlagValue.UNKNOWN;
        }
        return (valueByte & mask) != 0 ? FlagValue.YES : FlagValue.NO;
    }
}
