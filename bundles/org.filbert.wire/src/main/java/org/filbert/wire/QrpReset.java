package org.filbert.wire;

import java.util.Objects;

import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * QRP ROUTE_TABLE_UPDATE (0x30) RESET variant: 0x00, table length in slots (LE u32, a power of two),
 * infinity. Immutable record, thread-safe.
 */
public record QrpReset(Routing routing, int tableLength, int infinity) implements Message {
    public static final int VARIANT = 0x00;

    public QrpReset {
        Objects.requireNonNull(routing, "routing");
        if (tableLength <= 0 || Integer.bitCount(tableLength) != 1) {
            throw new IllegalArgumentException("table length must be a power of two: " + tableLength);
        }
        Checks.range(infinity, 1, 0xFF, "infinity");
    }

    static QrpReset decode(Routing routing, byte[] payload, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(payload);
        in.skip(1);
        long length = in.u32le();
        int infinity = in.u8();
        if (in.hasRemaining()) {
            throw new WireException(DropReason.BAD_QRP, "RESET longer than 6 bytes");
        }
        if (length > limits.maxQrpTableSize()) {
            throw new WireException(DropReason.QRP_SIZE_LIMIT, "table of " + length + " slots");
        }
        if (length == 0 || Long.bitCount(length) != 1 || infinity == 0) {
            throw new WireException(DropReason.BAD_QRP, "table length " + length + ", infinity " + infinity);
        }
        return new QrpReset(routing, (int) length, infinity);
    }

    /** log2 of the table length: the number of bits of the QRP hash for this table. */
    public int hashBits() {
        return Integer.numberOfTrailingZeros(tableLength);
    }

    @Override
    public int typeCode() {
        return MessageType.QRP.code();
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u8(VARIANT).u32le(tableLength).u8(infinity).toByteArray();
    }

    @Override
    public QrpReset withRouting(Routing newRouting) {
        return new QrpReset(newRouting, tableLength, infinity);
    }
}
