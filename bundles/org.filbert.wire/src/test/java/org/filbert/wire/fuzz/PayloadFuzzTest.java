package org.filbert.wire.fuzz;

import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.filbert.wire.Guid;
import org.filbert.wire.Header;
import org.filbert.wire.Message;
import org.filbert.wire.MessageType;
import org.filbert.wire.Messages;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.vendor.VendorRegistry;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes every payload decoder through {@link Messages#decodePayload}. Input layout: byte 0 is the
 * header's payload type code (a code this codec does not know is mapped onto one it knows, so every
 * input exercises a typed decoder; unknown codes are covered by {@link MessageStreamFuzzTest}); the
 * remaining bytes are the payload. Each payload is decoded with the default limits and with
 * {@link FuzzSupport#SMALL} ones; a decoded message must respect the allocation bound and round-trip,
 * and a vendor message's body also goes through the {@link VendorRegistry}.
 * Stateless apart from counters.
 */
class PayloadFuzzTest {
    private static final FuzzSupport.Outcomes OUTCOMES = new FuzzSupport.Outcomes("payload decode");
    private static final MessageType[] TYPES = MessageType.values();

    @FuzzTest(maxDuration = "10s")
    void decodePayload(byte[] data) {
        if (data.length == 0) {
            return;
        }
        int code = data[0] & 0xFF;
        if (MessageType.fromCode(code).isEmpty()) {
            code = TYPES[code % TYPES.length].code();
        }
        byte[] payload = Arrays.copyOfRange(data, 1, data.length);
        Header header = new Header(Guid.ZERO, code, 7, 0, payload.length);
        decode(header, payload, WireLimits.DEFAULT);
        decode(header, payload, FuzzSupport.SMALL);
    }

    private static void decode(Header header, byte[] payload, WireLimits limits) {
        try {
            Message message = Messages.decodePayload(header, payload, limits);
            OUTCOMES.accepted();
            FuzzSupport.check(message.typeCode() == header.typeCode(),
                    "type 0x" + Integer.toHexString(header.typeCode()) + " decoded as " + message);
            FuzzSupport.checkBounded(message, payload.length, limits);
            PayloadRoundTrip.check(message, limits);
            if (message instanceof VendorMessage vendor) {
                VendorFuzzTest.decodeAndCheck(vendor, limits);
            }
        } catch (WireException e) {
            OUTCOMES.rejected(e.reason());
        }
    }

    @AfterAll
    static void report() {
        System.out.println(OUTCOMES.summary());
    }
}
