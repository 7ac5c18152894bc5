package org.filbert.wire.fuzz;

import static org.filbert.wire.fuzz.FuzzSupport.check;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepCodec;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes GGEP block parsing ({@link GgepCodec#decode(ByteBuf, WireLimits)}); the input is the bytes at
 * the reader index, starting with the 0xC3 magic in the seeds. A decoded block must have consumed a
 * prefix of the input, hold at most the limit of extensions and inflated bytes, and re-encode to bytes
 * that decode to an equal block, consuming exactly them. Decoded with the default and the
 * {@link FuzzSupport#SMALL} limits. Stateless apart from counters.
 */
class GgepFuzzTest {
    private static final FuzzSupport.Outcomes OUTCOMES = new FuzzSupport.Outcomes("GGEP blocks");

    @FuzzTest(maxDuration = "10s")
    void decodeGgepBlock(byte[] data) {
        decode(data, WireLimits.DEFAULT);
        decode(data, FuzzSupport.SMALL);
    }

    private static void decode(byte[] data, WireLimits limits) {
        ByteBuf in = Unpooled.wrappedBuffer(data);
        try {
            GgepBlock block = GgepCodec.decode(in, limits);
            OUTCOMES.accepted();
            check(!block.isEmpty(), "a decoded block has at least one extension");
            check(block.extensions().size() <= limits.maxGgepExtensions(), block.extensions().size() + " extensions");
            check(FuzzSupport.inflatedBytes(block) <= limits.maxGgepInflatedSize(),
                    FuzzSupport.inflatedBytes(block) + " inflated bytes");
            check(FuzzSupport.retainedBytes(block) <= in.readerIndex() + FuzzSupport.inflatedBytes(block),
                    "block retains more than it consumed and inflated");
            byte[] encoded = GgepCodec.encode(block);
            ByteBuf again = Unpooled.wrappedBuffer(encoded);
            try {
                GgepBlock reparsed = GgepCodec.decode(again, limits);
                check(reparsed.equals(block), block + " re-encoded decodes to " + reparsed);
                check(!again.isReadable(), "re-encoded block not consumed to its end");
            } catch (WireException e) {
                throw new AssertionError(block + " re-encoded does not decode: " + e.getMessage(), e);
            } finally {
                again.release();
            }
        } catch (WireException e) {
            OUTCOMES.rejected(e.reason());
            check(in.readerIndex() == 0, "a rejected block must not be consumed");
        } finally {
            in.release();
        }
    }

    @AfterAll
    static void report() {
        System.out.println(OUTCOMES.summary());
    }
}
