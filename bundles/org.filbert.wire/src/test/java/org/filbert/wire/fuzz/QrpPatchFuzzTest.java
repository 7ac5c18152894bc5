package org.filbert.wire.fuzz;

import static org.filbert.wire.fuzz.FuzzSupport.check;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.filbert.wire.Guid;
import org.filbert.wire.Header;
import org.filbert.wire.Message;
import org.filbert.wire.MessageType;
import org.filbert.wire.Messages;
import org.filbert.wire.QrpPatch;
import org.filbert.wire.QrpReset;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Deflation;
import org.filbert.wire.qrp.QrpPatchReceiver;
import org.filbert.wire.qrp.QrpTable;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes QRP RESET/PATCH application by {@link QrpPatchReceiver}; every RESET and PATCH is built as a
 * payload and decoded by {@link Messages#decodePayload}, so any entry bits, compressor and sequence
 * values reach the decoder. Two input layouts, chosen by bit 7 of byte 0:
 * <ul>
 * <li>structured (bit 7 clear): byte 1 = log2 of the table length (mod 18), byte 2 = infinity, byte 3 =
 * entry bits, byte 4 = compressor, byte 5 = sequence size - 1 (mod 8); the rest is the patch data,
 * split into that many PATCH messages after one RESET. Bit 0 of byte 0: the harness zlib-compresses
 * the data (compressor 1); bit 1: the sequence is applied twice. The result is compared with a
 * straightforward model of the table: same success or failure, same table.</li>
 * <li>raw (bit 7 set): the rest is a series of QRP payloads, each a 2-byte big-endian length and the
 * payload, applied in order (RESET or PATCH); after any rejection the table must be gone.</li>
 * </ul>
 * Stateless apart from counters.
 */
class QrpPatchFuzzTest {
    private static final FuzzSupport.Outcomes OUTCOMES = new FuzzSupport.Outcomes("QRP patches");
    /** Tables up to 2^17 slots (LimeWire's size) and a 64 KiB patch cap keep executions fast. */
    private static final Set<Integer> VALID_ENTRY_BITS = Set.of(1, 2, 4, 8);
    static final WireLimits LIMITS = new WireLimits(64 * 1024, 64 * 1024, 64, 32, 1 << 17, 1 << 16, 1024, 64,
            16 * 1024, 255);

    @FuzzTest(maxDuration = "10s")
    void applyQrpSequence(byte[] data) {
        if (data.length == 0) {
            return;
        }
        try (QrpPatchReceiver receiver = new QrpPatchReceiver(LIMITS)) {
            if ((data[0] & 0x80) != 0) {
                raw(receiver, data);
            } else if (data.length >= 6) {
                structured(receiver, data);
            }
        }
    }

    private static void raw(QrpPatchReceiver receiver, byte[] data) {
        int at = 1;
        int tableLength = -1;
        while (at + 2 <= data.length) {
            int length = Math.min((data[at] & 0xFF) << 8 | (data[at + 1] & 0xFF), data.length - at - 2);
            byte[] payload = Arrays.copyOfRange(data, at + 2, at + 2 + length);
            at += 2 + length;
            Message message;
            try {
                message = decodeQrp(payload);
            } catch (WireException e) {
                OUTCOMES.rejected(e.reason());
                continue;
            }
            try {
                if (message instanceof QrpReset reset) {
                    receiver.reset(reset);
                    tableLength = reset.tableLength();
                } else {
                    receiver.apply((QrpPatch) message);
                }
                OUTCOMES.accepted();
                Optional<QrpTable> table = receiver.table();
                check(table.isEmpty() || table.get().length() == tableLength, "table length changed");
            } catch (WireException e) {
                OUTCOMES.rejected(e.reason());
                check(receiver.table().isEmpty(), "table kept after " + e.getMessage());
            }
        }
    }

    private static void structured(QrpPatchReceiver receiver, byte[] data) {
        boolean harnessDeflates = (data[0] & 1) != 0;
        int rounds = (data[0] & 2) != 0 ? 2 : 1;
        int length = 1 << ((data[1] & 0xFF) % 18);
        int infinity = data[2] & 0xFF;
        int entryBits = data[3] & 0xFF;
        int compressor = harnessDeflates ? QrpPatch.COMPRESSOR_ZLIB : data[4] & 0xFF;
        int size = 1 + (data[5] & 0xFF) % 8;
        byte[] body = Arrays.copyOfRange(data, 6, data.length);
        byte[] wire = harnessDeflates ? Deflation.deflate(body) : body;

        byte[] resetPayload = {0, (byte) length, (byte) (length >>> 8), (byte) (length >>> 16), (byte) (length >>> 24),
                (byte) infinity};
        QrpReset reset;
        try {
            reset = (QrpReset) decodeQrp(resetPayload);
            receiver.reset(reset);
        } catch (WireException e) {
            OUTCOMES.rejected(e.reason());
            check(infinity == 0, "valid RESET rejected: " + e.getMessage());
            return;
        }
        QrpPatch[] patches = new QrpPatch[size];
        int step = Math.max(1, (wire.length + size - 1) / size);
        for (int i = 0; i < size; i++) {
            byte[] chunk = Arrays.copyOfRange(wire, Math.min(wire.length, i * step),
                    Math.min(wire.length, (i + 1) * step));
            byte[] payload = new byte[chunk.length + 5];
            payload[0] = QrpPatch.VARIANT;
            payload[1] = (byte) (i + 1);
            payload[2] = (byte) size;
            payload[3] = (byte) compressor;
            payload[4] = (byte) entryBits;
            System.arraycopy(chunk, 0, payload, 5, chunk.length);
            try {
                patches[i] = (QrpPatch) decodeQrp(payload);
            } catch (WireException e) {
                OUTCOMES.rejected(e.reason());
                check(compressor > 1 || !VALID_ENTRY_BITS.contains(entryBits), "valid PATCH rejected: " + e.getMessage());
                return;
            }
        }
        Model model = new Model(length, infinity);
        for (int round = 0; round < rounds; round++) {
            boolean expected = model.apply(wire, compressor, entryBits);
            boolean completed = false;
            try {
                for (int i = 0; i < size; i++) {
                    boolean done = receiver.apply(patches[i]);
                    check(done == (i == size - 1), "sequence completion at PATCH " + (i + 1) + "/" + size);
                    completed = done;
                }
                OUTCOMES.accepted();
            } catch (WireException e) {
                OUTCOMES.rejected(e.reason());
                check(receiver.table().isEmpty(), "table kept after " + e.getMessage());
            }
            check(completed == expected, "receiver " + (completed ? "accepted" : "rejected")
                    + " a sequence the model " + (expected ? "accepts" : "rejects"));
            if (completed) {
                check(receiver.table().orElseThrow().equals(model.table), "receiver and model tables differ");
            }
        }
    }

    private static Message decodeQrp(byte[] payload) throws WireException {
        Header header = new Header(Guid.ZERO, MessageType.QRP.code(), 1, 0, payload.length);
        return Messages.decodePayload(header, payload, LIMITS);
    }

    /** The table as the QRP spec describes it, computed independently of the receiver. */
    private static final class Model {
        private final int length;
        private QrpTable table;

        Model(int length, int infinity) {
            this.length = length;
            this.table = new QrpTable(length, infinity);
        }

        /** Applies a whole sequence; false (and the table is gone) when the receiver must reject it. */
        boolean apply(byte[] wire, int compressor, int entryBits) {
            if (table == null) {
                table = null;
                return false;
            }
            long expectedBytes = (long) length * entryBits / 8;
            if (expectedBytes > LIMITS.maxQrpPatchInflatedSize()) {
                table = null;
                return false;
            }
            Optional<byte[]> content = compressor == 1 ? inflate(wire, (int) expectedBytes) : Optional.of(wire);
            if (content.isEmpty() || content.get().length != expectedBytes) {
                table = null;
                return false;
            }
            QrpTable next = table.copy();
            int slot = 0;
            int mask = (1 << entryBits) - 1;
            for (byte b : content.get()) {
                for (int shift = 8 - entryBits; shift >= 0; shift -= entryBits) {
                    int raw = (b >>> shift) & mask;
                    if (entryBits == 1) {
                        if (raw == 1) {
                            next.set(slot, next.present(slot) ? next.infinity() : 1);
                        }
                    } else {
                        int delta = raw << (32 - entryBits) >> (32 - entryBits);
                        int value = next.value(slot) + delta;
                        if (value < 0 || value > 0xFF) {
                            table = null;
                            return false;
                        }
                        next.set(slot, value);
                    }
                    slot++;
                }
            }
            table = next;
            return true;
        }

        /** The whole zlib stream inflated (at most cap + 1 bytes), or empty if it is not exactly one stream. */
        private static Optional<byte[]> inflate(byte[] wire, int cap) {
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(wire);
                byte[] out = new byte[cap + 1];
                int n = 0;
                while (n < out.length && !inflater.finished() && !inflater.needsDictionary()) {
                    int got = inflater.inflate(out, n, out.length - n);
                    if (got == 0 && inflater.needsInput()) {
                        break;
                    }
                    n += got;
                }
                if (!inflater.finished() || inflater.getRemaining() > 0) {
                    return n > cap ? Optional.of(Arrays.copyOf(out, n)) : Optional.empty();
                }
                return Optional.of(Arrays.copyOf(out, n));
            } catch (DataFormatException e) {
                return Optional.empty();
            } finally {
                inflater.end();
            }
        }
    }

    @AfterAll
    static void report() {
        System.out.println(OUTCOMES.summary());
    }
}
