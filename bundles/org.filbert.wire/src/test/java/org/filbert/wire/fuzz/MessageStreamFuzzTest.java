package org.filbert.wire.fuzz;

import static org.filbert.wire.fuzz.FuzzSupport.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.DropReason;
import org.filbert.wire.Header;
import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the stream decoder: the input is a byte stream as read from a connection, decoded message by
 * message with {@link Messages#decode} while bytes remain. Each call must return a message and consume
 * exactly its header and payload, or throw {@link WireException}: TRUNCATED or PAYLOAD_TOO_LARGE
 * without consuming anything (the stream ends there), any other reason after consuming the whole
 * message. Decoded messages respect the allocation bound and re-encode to bytes that decode to an equal
 * message. Seeds: golden messages and streams (see the Inputs directory). Stateless apart from counters.
 */
class MessageStreamFuzzTest {
    private static final FuzzSupport.Outcomes OUTCOMES = new FuzzSupport.Outcomes("stream decode");

    @FuzzTest(maxDuration = "10s")
    void decodeStream(byte[] data) {
        ByteBuf in = Unpooled.wrappedBuffer(data);
        try {
            while (in.isReadable()) {
                int before = in.readerIndex();
                long announced = in.readableBytes() >= Header.SIZE ? in.getUnsignedIntLE(before + 19) : -1;
                boolean complete = announced >= 0 && announced <= WireLimits.DEFAULT.maxPayloadSize()
                        && in.readableBytes() >= Header.SIZE + announced;
                try {
                    Message message = Messages.decode(in, WireLimits.DEFAULT);
                    OUTCOMES.accepted();
                    check(complete, "decoded a message from an incomplete or oversized one");
                    int length = in.readerIndex() - before - Header.SIZE;
                    check(length == announced, "consumed " + length + " payload bytes, header says " + announced);
                    FuzzSupport.checkBounded(message, length, WireLimits.DEFAULT);
                    PayloadRoundTrip.check(message, WireLimits.DEFAULT);
                } catch (WireException e) {
                    OUTCOMES.rejected(e.reason());
                    if (!complete) {
                        check(e.reason() == DropReason.TRUNCATED || e.reason() == DropReason.PAYLOAD_TOO_LARGE,
                                "incomplete or oversized message rejected with " + e.reason());
                        check(in.readerIndex() == before, e.reason() + " consumed input");
                        return;
                    }
                    check(in.readerIndex() == before + Header.SIZE + announced,
                            e.reason() + " left the reader at " + in.readerIndex() + ", message ends at "
                                    + (before + Header.SIZE + announced));
                }
            }
        } finally {
            in.release();
        }
    }

    @AfterAll
    static void report() {
        System.out.println(OUTCOMES.summary());
    }
}
