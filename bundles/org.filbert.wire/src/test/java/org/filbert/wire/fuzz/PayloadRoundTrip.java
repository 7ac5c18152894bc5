package org.filbert.wire.fuzz;

import java.util.Arrays;

import org.filbert.wire.Header;
import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;

/**
 * The round-trip oracle for decoded messages: the re-encoded payload decodes (with only the payload size
 * relaxed) to an equal message, and encoding that again gives the same bytes (the canonical form is a
 * fixpoint). Stateless, thread-safe.
 */
final class PayloadRoundTrip {
    private PayloadRoundTrip() {
    }

    static void check(Message message, WireLimits limits) {
        byte[] encoded = message.encodePayload();
        Header header = Header.of(message.routing(), message.typeCode(), encoded.length);
        Message again;
        try {
            again = Messages.decodePayload(header, encoded, FuzzSupport.relaxedPayload(limits));
        } catch (WireException e) {
            throw new AssertionError("re-encoded " + message + " does not decode: " + e.getMessage(), e);
        }
        FuzzSupport.check(again.equals(message), "re-encoded " + message + " decodes to " + again);
        FuzzSupport.check(Arrays.equals(again.encodePayload(), encoded), "encoding of " + message + " is not stable");
    }
}
