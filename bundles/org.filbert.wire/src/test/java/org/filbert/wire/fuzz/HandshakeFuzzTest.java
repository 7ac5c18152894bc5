package org.filbert.wire.fuzz;

import static org.filbert.wire.fuzz.FuzzSupport.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.handshake.HandshakeBlock;
import org.filbert.wire.handshake.HandshakeParser;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the incremental handshake parser. Input layout: bits 0-6 of byte 0 seed the chunk sizes (1 to
 * 16 bytes, from a small generator), bit 7 picks the {@link FuzzSupport#SMALL} limits instead of the
 * default ones; the rest is the byte stream of a connection. The stream is fed once in one
 * piece and once in those chunks (the parser restarts after each block or rejection and parsing goes
 * on); both runs must produce the same blocks and rejections at the same stream offsets. Every block
 * must re-encode to bytes that parse to an equal block. Stateless apart from counters.
 */
class HandshakeFuzzTest {
    private static final FuzzSupport.Outcomes OUTCOMES = new FuzzSupport.Outcomes("handshake blocks");

    @FuzzTest(maxDuration = "10s")
    void parseHandshakeChunks(byte[] data) {
        if (data.length == 0) {
            return;
        }
        byte[] stream = Arrays.copyOfRange(data, 1, data.length);
        WireLimits limits = (data[0] & 0x80) != 0 ? FuzzSupport.SMALL : WireLimits.DEFAULT;
        List<Event> whole = run(stream, new int[] {stream.length}, limits, true);
        List<Event> chunked = run(stream, chunkSizes(data[0], stream.length), limits, false);
        check(whole.equals(chunked), "fed whole: " + whole + ", fed in chunks: " + chunked);
    }

    private static int[] chunkSizes(byte seed, int total) {
        List<Integer> sizes = new ArrayList<>();
        int state = seed & 0x7F;
        for (int left = total; left > 0; ) {
            state = (state * 73 + 41) & 0xFF;
            int size = Math.min(left, 1 + (state & 0x0F));
            sizes.add(size);
            left -= size;
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A block or a rejection ({@code block} null), and the stream offset where the parser ended it. */
    private record Event(int offset, HandshakeBlock block, DropReason reason) {
    }

    /** Feeds the stream in the given chunks; returns what happened, with stream offsets. */
    private static List<Event> run(byte[] stream, int[] chunks, WireLimits limits, boolean count) {
        List<Event> events = new ArrayList<>();
        HandshakeParser parser = new HandshakeParser(limits);
        ByteBuf buf = Unpooled.wrappedBuffer(new byte[Math.max(1, stream.length)]).clear();
        try {
            int offset = 0;
            int written = 0;
            for (int chunk : chunks) {
                buf.writeBytes(stream, written, chunk);
                written += chunk;
                while (buf.isReadable()) {
                    int before = buf.readerIndex();
                    try {
                        Optional<HandshakeBlock> block = parser.feed(buf);
                        offset += buf.readerIndex() - before;
                        if (block.isEmpty()) {
                            check(!buf.isReadable(), "parser stopped before the end of its input");
                            break;
                        }
                        events.add(new Event(offset, block.get(), null));
                        if (count) {
                            OUTCOMES.accepted();
                            checkRoundTrip(block.get(), limits);
                        }
                    } catch (WireException e) {
                        offset += buf.readerIndex() - before;
                        events.add(new Event(offset, null, e.reason()));
                        if (count) {
                            OUTCOMES.rejected(e.reason());
                        }
                    }
                }
                buf.discardReadBytes();
            }
        } finally {
            buf.release();
        }
        return events;
    }

    private static void checkRoundTrip(HandshakeBlock block, WireLimits limits) {
        byte[] encoded = block.toBytes();
        WireLimits relaxed = new WireLimits(limits.maxPayloadSize(), limits.maxGgepInflatedSize(),
                limits.maxGgepExtensions(), limits.maxExtensionItems(), limits.maxQrpTableSize(),
                limits.maxQrpPatchInflatedSize(), Math.max(limits.maxHandshakeLineLength(), encoded.length),
                limits.maxHeaderCount(), Math.max(limits.maxHeaderBlockBytes(), encoded.length),
                limits.maxResultsPerHit());
        try {
            HandshakeBlock again = HandshakeParser.parse(encoded, relaxed);
            check(again.equals(block), block + " re-encoded parses to " + again);
        } catch (WireException e) {
            throw new AssertionError(block + " re-encoded does not parse: " + e.getMessage(), e);
        }
    }

    @AfterAll
    static void report() {
        System.out.println(OUTCOMES.summary());
    }
}
