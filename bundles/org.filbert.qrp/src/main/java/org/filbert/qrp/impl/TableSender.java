package org.filbert.qrp.impl;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.filbert.wire.Guid;
import org.filbert.wire.Message;
import org.filbert.wire.QrpReset;
import org.filbert.wire.Routing;
import org.filbert.wire.qrp.QrpPatchCodec;
import org.filbert.wire.qrp.QrpTable;

/**
 * What we last sent one peer of our table, and the messages that bring it up to date: a
 * RESET and a full patch the first time or when the table's size changed, afterwards only a
 * patch of the slots that changed, nothing when nothing did. Patches are zlib-compressed
 * 4-bit entries in chunks. Not thread-safe: one per peer, used by one thread at a time.
 */
final class TableSender {

    /** Our tables' infinity, as LimeWire: distances 1-6 fit 4-bit deltas from it. */
    static final int INFINITY = 7;
    static final int ENTRY_BITS = 4;

    private final int chunkSize;
    private final Supplier<Guid> guids;
    private QrpTable lastSent;

    TableSender(int chunkSize, Supplier<Guid> guids) {
        this.chunkSize = chunkSize;
        this.guids = guids;
    }

    List<Message> update(QrpTable current) {
        List<Message> messages = new ArrayList<>();
        QrpTable from = lastSent;
        if (from == null || from.length() != current.length()) {
            messages.add(new QrpReset(Routing.direct(guids.get()), current.length(), INFINITY));
            from = new QrpTable(current.length(), INFINITY);
        } else if (from.equals(current)) {
            return List.of();
        }
        messages.addAll(QrpPatchCodec.encode(from, current, ENTRY_BITS, chunkSize, guids));
        lastSent = current.copy();
        return messages;
    }
}
