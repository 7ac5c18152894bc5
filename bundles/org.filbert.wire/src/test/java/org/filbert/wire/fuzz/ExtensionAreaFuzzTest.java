package org.filbert.wire.fuzz;

import static org.filbert.wire.fuzz.FuzzSupport.check;

import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.internal.ExtensionAreaParser;
import org.filbert.wire.internal.PayloadReader;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes extension areas (HUGE URNs, GGEP blocks and legacy text separated by 0x1C). Input layout: bit 0
 * of byte 0 picks the form: 0 = query (the area runs to the end of the input), 1 = query hit result (the
 * area ends at a NUL); the remaining bytes are the area. A parsed area holds at most the limit of items,
 * its accessors (URNs, SHA-1, merged GGEP) work, and it re-encodes to bytes that parse to an equal area.
 * Parsed with the default and the {@link FuzzSupport#SMALL} limits. Stateless apart from counters.
 */
class ExtensionAreaFuzzTest {
    private static final FuzzSupport.Outcomes OUTCOMES = new FuzzSupport.Outcomes("extension areas");

    @FuzzTest(maxDuration = "10s")
    void parseExtensionArea(byte[] data) {
        if (data.length == 0) {
            return;
        }
        boolean hitForm = (data[0] & 1) != 0;
        byte[] area = Arrays.copyOfRange(data, 1, data.length);
        parse(area, hitForm, WireLimits.DEFAULT);
        parse(area, hitForm, FuzzSupport.SMALL);
    }

    private static void parse(byte[] area, boolean hitForm, WireLimits limits) {
        ExtensionBlock block;
        PayloadReader in = new PayloadReader(area);
        try {
            block = hitForm ? ExtensionAreaParser.parseNulTerminated(in, limits)
                    : ExtensionAreaParser.parseToEnd(in, limits);
        } catch (WireException e) {
            OUTCOMES.rejected(e.reason());
            return;
        }
        OUTCOMES.accepted();
        check(hitForm || !in.hasRemaining(), "query form must consume the whole area");
        check(block.items().size() <= limits.maxExtensionItems(), block.items().size() + " items");
        check(FuzzSupport.inflatedBytes(block) <= limits.maxGgepInflatedSize(),
                "deflated GGEP data of one area inflated to " + FuzzSupport.inflatedBytes(block) + " bytes");
        check(FuzzSupport.retainedBytes(block) <= in.position() + FuzzSupport.inflatedBytes(block),
                "area retains more than it consumed and inflated");
        block.urns();
        block.sha1();
        block.ggep();

        byte[] encoded = block.toBytes();
        byte[] wire = hitForm ? Arrays.copyOf(encoded, encoded.length + 1) : encoded;
        PayloadReader again = new PayloadReader(wire);
        try {
            ExtensionBlock reparsed = hitForm ? ExtensionAreaParser.parseNulTerminated(again, limits)
                    : ExtensionAreaParser.parseToEnd(again, limits);
            check(reparsed.equals(block), block + " re-encoded parses to " + reparsed);
            check(!again.hasRemaining(), "re-encoded area not consumed to its end");
        } catch (WireException e) {
            throw new AssertionError(block + " re-encoded does not parse: " + e.getMessage(), e);
        }
    }

    @AfterAll
    static void report() {
        System.out.println(OUTCOMES.summary());
    }
}
