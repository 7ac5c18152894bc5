package org.filbert.wire.fuzz;

import static org.filbert.wire.fuzz.FuzzSupport.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.filbert.wire.DropReason;
import org.filbert.wire.Guid;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorCode;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.vendor.OpaqueVendorPayload;
import org.filbert.wire.vendor.VendorKey;
import org.filbert.wire.vendor.VendorPayload;
import org.filbert.wire.vendor.VendorRegistry;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the vendor payload decoders of {@link VendorRegistry#standard()}. Input layout: byte 0 picks a
 * key from {@link #KEYS} (every registered key, plus one unregistered key for the opaque path), the
 * remaining bytes are the body. A decoded payload must carry the key it was decoded for, and its encoded
 * body must decode to an equal payload. Any failure must be {@link DropReason#BAD_VENDOR_PAYLOAD}.
 * Stateless apart from counters.
 */
class VendorFuzzTest {
    private static final FuzzSupport.Outcomes OUTCOMES = new FuzzSupport.Outcomes("vendor payloads");
    private static final VendorRegistry REGISTRY = VendorRegistry.standard();
    private static final Routing ROUTING = Routing.direct(Guid.ZERO);
    /** Every key the standard registry knows (checked in the static initialiser), then an unknown one. */
    static final List<VendorKey> KEYS = keys();

    private static List<VendorKey> keys() {
        List<VendorKey> keys = new ArrayList<>(List.of(
                VendorKey.of(VendorCode.NONE, 0, 0),
                VendorKey.of(VendorCode.NONE, 10, 0),
                VendorKey.of(VendorCode.NONE, 10, 1),
                VendorKey.of(VendorKey.BEAR, 4, 1),
                VendorKey.of(VendorKey.BEAR, 7, 1),
                VendorKey.of(VendorKey.BEAR, 11, 1),
                VendorKey.of(VendorKey.BEAR, 12, 1),
                VendorKey.of(VendorKey.LIME, 13, 1)));
        for (int version = 1; version <= 3; version++) {
            keys.add(VendorKey.of(VendorKey.LIME, 11, version));
            keys.add(VendorKey.of(VendorKey.LIME, 12, version));
        }
        for (int version = 1; version <= 2; version++) {
            keys.add(VendorKey.of(VendorKey.LIME, 21, version));
            keys.add(VendorKey.of(VendorKey.LIME, 22, version));
            keys.add(VendorKey.of(VendorKey.GTKG, 7, version));
        }
        for (VendorKey key : keys) {
            if (!REGISTRY.knows(key)) {
                throw new IllegalStateException("not registered: " + key);
            }
        }
        keys.add(VendorKey.of(VendorKey.GTKG, 99, 1));
        return List.copyOf(keys);
    }

    @FuzzTest(maxDuration = "10s")
    void decodeVendorPayload(byte[] data) {
        if (data.length == 0) {
            return;
        }
        VendorKey key = KEYS.get((data[0] & 0xFF) % KEYS.size());
        byte[] body = Arrays.copyOfRange(data, 1, data.length);
        VendorMessage message = new VendorMessage(ROUTING, false, key.vendor(), key.selector(), key.version(), body);
        decodeAndCheck(message, WireLimits.DEFAULT);
        decodeAndCheck(message, FuzzSupport.SMALL);
    }

    /** Decodes a vendor message's body with the standard registry and checks the result. */
    static void decodeAndCheck(VendorMessage message, WireLimits limits) {
        VendorKey key = VendorKey.of(message.vendor(), message.selector(), message.version());
        VendorPayload payload;
        try {
            payload = REGISTRY.decode(message, limits);
        } catch (WireException e) {
            OUTCOMES.rejected(e.reason());
            check(e.reason() == DropReason.BAD_VENDOR_PAYLOAD, "vendor body rejected with " + e.reason());
            return;
        }
        OUTCOMES.accepted();
        check(payload.key().equals(key), key + " decoded to a payload with key " + payload.key());
        check(REGISTRY.knows(key) != payload instanceof OpaqueVendorPayload, key + " decoded to " + payload);
        if (payload instanceof OpaqueVendorPayload opaque) {
            check(Arrays.equals(opaque.body(), message.body()), "opaque body changed");
        }
        VendorMessage again = payload.toMessage(message.routing());
        try {
            VendorPayload reparsed = REGISTRY.decode(again, limits);
            check(reparsed.equals(payload), payload + " re-encoded decodes to " + reparsed);
        } catch (WireException e) {
            throw new AssertionError(payload + " re-encoded does not decode: " + e.getMessage(), e);
        }
    }

    @AfterAll
    static void report() {
        System.out.println(OUTCOMES.summary());
    }
}
