package org.filbert.bench.load;

import java.util.ArrayList;
import java.util.List;

import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.QrpReset;
import org.filbert.wire.Routing;
import org.filbert.wire.qrp.QrpPatchCodec;
import org.filbert.wire.qrp.QrpTable;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The query routing tables the tool's leaves send right after their handshake, encoded once:
 * a matching table holds every word the tool's queries are made of (so the node forwards
 * every query to that leaf, as a leaf sharing everything), the other holds none of them.
 * Immutable; thread-safe (callers get their own duplicate of the bytes).
 */
final class LeafTables {

    private static final int SLOTS = 8192;
    private static final int INFINITY = 7;

    private final byte[] matching;
    private final byte[] other;

    LeafTables() {
        this.matching = encode(List.of(QuerySender.WORDS));
        this.other = encode(List.of("unrelated", "elsewhere"));
    }

    /** RESET + PATCH of the matching or the other table, ready to write. */
    ByteBuf table(boolean matches) {
        return Unpooled.wrappedBuffer(matches ? matching : other);
    }

    private static byte[] encode(List<String> words) {
        QrpTable table = new QrpTable(SLOTS, INFINITY);
        words.forEach(table::addKeyword);
        List<Message> messages = new ArrayList<>();
        messages.add(new QrpReset(Routing.direct(RandomGuids.next()), SLOTS, INFINITY));
        messages.addAll(QrpPatchCodec.encode(new QrpTable(SLOTS, INFINITY), table, 4, 1024, RandomGuids::next));
        ByteBuf buf = Unpooled.buffer();
        messages.forEach(m -> Messages.encode(m, buf));
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        return bytes;
    }
}
