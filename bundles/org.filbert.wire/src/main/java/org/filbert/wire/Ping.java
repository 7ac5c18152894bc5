package org.filbert.wire;

import java.util.Objects;

import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepCodec;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.TrailingGgep;

/**
 * PING (0x00): an empty payload or a GGEP block (e.g. {@code SCP}, {@code DHTIPP}, {@code LOC}).
 * Immutable record, thread-safe.
 */
public record Ping(Routing routing, GgepBlock ggep) implements Message {
    public Ping {
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(ggep, "ggep");
    }

    static Ping decode(Routing routing, byte[] payload, WireLimits limits) throws WireException {
        return new Ping(routing, TrailingGgep.read(new PayloadReader(payload), limits));
    }

    @Override
    public int typeCode() {
        return MessageType.PING.code();
    }

    @Override
    public byte[] encodePayload() {
        return GgepCodec.encode(ggep);
    }

    @Override
    public Ping withRouting(Routing newRouting) {
        return new Ping(newRouting, ggep);
    }
}
