package org.filbert.wire;

import java.util.Arrays;
import java.util.Objects;

import org.filbert.wire.internal.Checks;

/**
 * A message whose payload type this codec does not model (RUDP, Mojito DHT, unassigned codes); the
 * payload is kept opaque and re-encodes byte for byte. Immutable record, thread-safe.
 */
public record UnknownMessage(Routing routing, int typeCode, byte[] payload) implements Message {
    public UnknownMessage {
        Objects.requireNonNull(routing, "routing");
        Checks.u8(typeCode, "typeCode");
        payload = Checks.copy(payload, "payload");
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public byte[] encodePayload() {
        return payload.clone();
    }

    @Override
    public UnknownMessage withRouting(Routing newRouting) {
        return new UnknownMessage(newRouting, typeCode, payload);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnknownMessage m && routing.equals(m.routing) && typeCode == m.typeCode
                && Arrays.equals(payload, m.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(routing, typeCode, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "UnknownMessage[" + routing + ", type=0x" + Integer.toHexString(typeCode) + ", "
                + payload.length + " bytes]";
    }
}
