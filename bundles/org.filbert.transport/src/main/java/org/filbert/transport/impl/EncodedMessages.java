package org.filbert.transport.impl;

import org.filbert.wire.Message;
import org.filbert.wire.Messages;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;

/**
 * Encodes a message once for all the connections it goes to: routing sends the same message
 * objects to every target of a query, one after another on one thread, so the bytes of the
 * last few messages encoded on this thread are reused, and each connection queues only a
 * small wrapper around them. Heap bytes, garbage-collected; nothing to release. Thread-safe
 * (one cache per thread).
 */
final class EncodedMessages {

    private record Last(Message message, byte[] bytes) {
    }

    /** Messages remembered per thread: a query's copies differ by TTL (targets' X-Max-TTL). */
    static final int REMEMBERED = 4;

    private static final ThreadLocal<Last[]> LAST = ThreadLocal.withInitial(() -> new Last[REMEMBERED]);

    private EncodedMessages() {
    }

    /** The message's bytes, shared with the other connections it is sent to. */
    static ByteBuf of(Message message) {
        Last[] last = LAST.get();
        for (Last l : last) {
            if (l != null && l.message() == message) {
                return Unpooled.wrappedBuffer(l.bytes());
            }
        }
        ByteBuf buf = Unpooled.buffer();
        Messages.encode(message, buf);
        Last fresh = new Last(message, ByteBufUtil.getBytes(buf));
        System.arraycopy(last, 0, last, 1, REMEMBERED - 1);
        last[0] = fresh;
        return Unpooled.wrappedBuffer(fresh.bytes());
    }
}
