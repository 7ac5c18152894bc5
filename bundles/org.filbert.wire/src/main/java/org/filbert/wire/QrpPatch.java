package org.filbert.wire;

import java.util.Arrays;
import java.util.Objects;

import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * QRP ROUTE_TABLE_UPDATE (0x30) PATCH variant: 0x01, sequence number (from 1), sequence size,
 * compressor (0 none, 1 zlib), entry bits (1, 2, 4 or 8) and one chunk of the patch data.
 * Immutable record (data copied), thread-safe.
 */
public record QrpPatch(Routing routing, int sequenceNumber, int sequenceSize, int compressor, int entryBits,
        byte[] data) implements Message {
    public static final int VARIANT = 0x01;
    public static final int COMPRESSOR_NONE = 0;
    public static final int COMPRESSOR_ZLIB = 1;

    public QrpPatch {
        Objects.requireNonNull(routing, "routing");
        String problem = problem(sequenceNumber, sequenceSize, compressor, entryBits);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        data = Checks.copy(data, "data");
    }

    private static String problem(int sequenceNumber, int sequenceSize, int compressor, int entryBits) {
        if (sequenceSize < 1 || sequenceSize > 0xFF || sequenceNumber < 1 || sequenceNumber > sequenceSize) {
            return "sequence " + sequenceNumber + "/" + sequenceSize;
        }
        if (compressor != COMPRESSOR_NONE && compressor != COMPRESSOR_ZLIB) {
            return "unknown compressor " + compressor;
        }
        if (entryBits != 1 && entryBits != 2 && entryBits != 4 && entryBits != 8) {
            return "entry bits " + entryBits;
        }
        return null;
    }

    static QrpPatch decode(Routing routing, byte[] payload) throws WireException {
        PayloadReader in = new PayloadReader(payload);
        in.skip(1);
        int number = in.u8();
        int size = in.u8();
        int compressor = in.u8();
        int bits = in.u8();
        String problem = problem(number, size, compressor, bits);
        if (problem != null) {
            throw new WireException(DropReason.BAD_QRP, problem);
        }
        return new QrpPatch(routing, number, size, compressor, bits, in.rest());
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public boolean isLast() {
        return sequenceNumber == sequenceSize;
    }

    @Override
    public int typeCode() {
        return MessageType.QRP.code();
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter(data.length + 5)
                .u8(VARIANT).u8(sequenceNumber).u8(sequenceSize).u8(compressor).u8(entryBits).bytes(data)
                .toByteArray();
    }

    @Override
    public QrpPatch withRouting(Routing newRouting) {
        return new QrpPatch(newRouting, sequenceNumber, sequenceSize, compressor, entryBits, data);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QrpPatch p && routing.equals(p.routing) && sequenceNumber == p.sequenceNumber
                && sequenceSize == p.sequenceSize && compressor == p.compressor && entryBits == p.entryBits
                && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routing, sequenceNumber, sequenceSize, compressor, entryBits, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "QrpPatch[" + routing + ", " + sequenceNumber + "/" + sequenceSize + ", compressor=" + compressor
                + ", bits=" + entryBits + ", " + data.length + " bytes]";
    }
}
