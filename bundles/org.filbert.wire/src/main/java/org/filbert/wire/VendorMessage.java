package org.filbert.wire;

import java.util.Arrays;
import java.util.Objects;

import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * A vendor message (0x31, or 0x32 for "standard" ones): vendor code (4), selector (LE u16), version
 * (LE u16) and the body, kept as bytes; {@code org.filbert.wire.vendor} turns bodies into typed
 * payloads. Immutable record (body copied), thread-safe.
 */
public record VendorMessage(Routing routing, boolean standard, VendorCode vendor, int selector, int version,
        byte[] body) implements Message {
    public VendorMessage {
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(vendor, "vendor");
        Checks.u16(selector, "selector");
        Checks.u16(version, "version");
        body = Checks.copy(body, "body");
    }

    /** A 0x31 vendor message. */
    public static VendorMessage of(Routing routing, VendorCode vendor, int selector, int version, byte[] body) {
        return new VendorMessage(routing, false, vendor, selector, version, body);
    }

    static VendorMessage decode(Routing routing, boolean standard, byte[] payload) throws WireException {
        PayloadReader in = new PayloadReader(payload);
        VendorCode vendor = new VendorCode(in.s32be());
        int selector = in.u16le();
        int version = in.u16le();
        return new VendorMessage(routing, standard, vendor, selector, version, in.rest());
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public int typeCode() {
        return (standard ? MessageType.STANDARD_VENDOR : MessageType.VENDOR).code();
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter(body.length + 8)
                .s32be(vendor.code()).u16le(selector).u16le(version).bytes(body)
                .toByteArray();
    }

    @Override
    public VendorMessage withRouting(Routing newRouting) {
        return new VendorMessage(newRouting, standard, vendor, selector, version, body);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VendorMessage m && routing.equals(m.routing) && standard == m.standard
                && vendor.equals(m.vendor) && selector == m.selector && version == m.version
                && Arrays.equals(body, m.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routing, standard, vendor, selector, version, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "VendorMessage[" + routing + ", " + vendor + "/" + selector + "v" + version + ", "
                + body.length + " bytes]";
    }
}
