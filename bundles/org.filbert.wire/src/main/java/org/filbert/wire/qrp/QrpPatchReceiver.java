package org.filbert.wire.qrp;

import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.DropReason;
import org.filbert.wire.QrpPatch;
import org.filbert.wire.QrpReset;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.CappedInflater;

/**
 * Applies the RESET and PATCH messages received on one connection to that connection's route table.
 * Patches must arrive in order with the same sequence size, compressor and entry bits; their data
 * (inflated as it arrives, never beyond table length x entry bits / 8 bytes) holds one signed delta
 * per slot, most significant bits first. With 1-bit entries a set bit toggles the slot between
 * present and absent (gtk-gnutella's reading). After any error the table is dropped until the next
 * RESET. Mutable, not thread-safe: confine to the connection's event loop.
 */
public final class QrpPatchReceiver implements AutoCloseable {
    private final WireLimits limits;
    private QrpTable table;
    private int nextSequenceNumber = 1;
    private int sequenceSize;
    private int compressor;
    private int entryBits;
    private int nextSlot;
    private int expectedBytes;
    private int receivedBytes;
    private CappedInflater inflater;

    public QrpPatchReceiver(WireLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Starts over with an empty table of the announced size. */
    public void reset(QrpReset reset) throws WireException {
        closeInflater();
        table = null;
        if (reset.tableLength() > limits.maxQrpTableSize()) {
            throw new WireException(DropReason.QRP_SIZE_LIMIT, "table of " + reset.tableLength() + " slots");
        }
        table = new QrpTable(reset.tableLength(), reset.infinity());
        nextSequenceNumber = 1;
    }

    /**
     * Applies one PATCH; returns true when it completed its sequence (the table is then whole again).
     */
    public boolean apply(QrpPatch patch) throws WireException {
        try {
            return applyChecked(patch);
        } catch (WireException e) {
            closeInflater();
            table = null;
            throw e;
        }
    }

    /** A snapshot of the table, absent before the first RESET or after an error. */
    public Optional<QrpTable> table() {
        return Optional.ofNullable(table).map(QrpTable::copy);
    }

    private boolean applyChecked(QrpPatch patch) throws WireException {
        if (table == null) {
            throw new WireException(DropReason.BAD_QRP, "PATCH without a valid RESET");
        }
        if (patch.sequenceNumber() != nextSequenceNumber) {
            throw new WireException(DropReason.BAD_QRP,
                    "PATCH " + patch.sequenceNumber() + " where " + nextSequenceNumber + " was expected");
        }
        if (nextSequenceNumber == 1) {
            begin(patch);
        } else if (patch.sequenceSize() != sequenceSize || patch.compressor() != compressor
                || patch.entryBits() != entryBits) {
            throw new WireException(DropReason.BAD_QRP, "PATCH parameters changed within a sequence");
        }
        byte[] data = inflater != null ? inflater.feed(patch.data()) : patch.data();
        receivedBytes += data.length;
        if (receivedBytes > expectedBytes) {
            throw new WireException(DropReason.QRP_SIZE_LIMIT, "patch data exceeds " + expectedBytes + " bytes");
        }
        for (byte b : data) {
            applyByte(b & 0xFF);
        }
        if (!patch.isLast()) {
            nextSequenceNumber++;
            return false;
        }
        if (receivedBytes != expectedBytes || (inflater != null && !inflater.finished())) {
            throw new WireException(DropReason.BAD_QRP,
                    "sequence ended with " + receivedBytes + " of " + expectedBytes + " patch bytes");
        }
        closeInflater();
        nextSequenceNumber = 1;
        return true;
    }

    private void begin(QrpPatch patch) throws WireException {
        sequenceSize = patch.sequenceSize();
        compressor = patch.compressor();
        entryBits = patch.entryBits();
        long needed = (long) table.length() * entryBits / 8;
        if (needed > limits.maxQrpPatchInflatedSize()) {
            throw new WireException(DropReason.QRP_SIZE_LIMIT, "patch of " + needed + " bytes");
        }
        expectedBytes = (int) needed;
        receivedBytes = 0;
        nextSlot = 0;
        closeInflater();
        if (compressor == QrpPatch.COMPRESSOR_ZLIB) {
            inflater = new CappedInflater(expectedBytes, DropReason.QRP_SIZE_LIMIT, DropReason.BAD_QRP);
        }
    }

    private void applyByte(int b) throws WireException {
        int mask = (1 << entryBits) - 1;
        for (int shift = 8 - entryBits; shift >= 0; shift -= entryBits) {
            int raw = (b >>> shift) & mask;
            int slot = nextSlot++;
            if (entryBits == 1) {
                if (raw != 0) {
                    table.set(slot, table.present(slot) ? table.infinity() : 1);
                }
                continue;
            }
            int delta = raw >= 1 << (entryBits - 1) ? raw - (1 << entryBits) : raw;
            int value = table.value(slot) + delta;
            if (value < 0 || value > 0xFF) {
                throw new WireException(DropReason.BAD_QRP, "slot " + slot + " patched to " + value);
            }
            table.set(slot, value);
        }
    }

    private void closeInflater() {
        if (inflater != null) {
            inflater.close();
            inflater = null;
        }
    }

    /** Releases the native inflater of an unfinished sequence. */
    @Override
    public void close() {
        closeInflater();
    }
}
