package org.filbert.wire;

import java.util.Objects;

import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepCodec;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;
import org.filbert.wire.internal.TrailingGgep;

/**
 * PUSH (0x40): servent GUID of the firewalled host, file index (LE), IPv4 and port (LE) to connect
 * back to, optional GGEP. Immutable record, thread-safe.
 */
public record Push(Routing routing, Guid serventGuid, long fileIndex, Ipv4Address address, int port,
        GgepBlock ggep) implements Message {
    public Push {
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(serventGuid, "serventGuid");
        Checks.u32(fileIndex, "fileIndex");
        Objects.requireNonNull(address, "address");
        Checks.u16(port, "port");
        Objects.requireNonNull(ggep, "ggep");
    }

    static Push decode(Routing routing, byte[] payload, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(payload);
        Guid servent = Guid.adopt(in.bytes(Guid.LENGTH));
        long index = in.u32le();
        Ipv4Address address = new Ipv4Address(in.s32be());
        int port = in.u16le();
        return new Push(routing, servent, index, address, port, TrailingGgep.read(in, limits));
    }

    @Override
    public int typeCode() {
        return MessageType.PUSH.code();
    }

    @Override
    public byte[] encodePayload() {
        byte[] ggepBytes = GgepCodec.encode(ggep);
        PayloadWriter out = new PayloadWriter(Guid.LENGTH + 10 + ggepBytes.length);
        serventGuid.writeTo(out);
        return out.u32le(fileIndex).s32be(address.bits()).u16le(port).bytes(ggepBytes).toByteArray();
    }

    @Override
    public Push withRouting(Routing newRouting) {
        return new Push(newRouting, serventGuid, fileIndex, address, port, ggep);
    }
}
