package org.filbert.wire;

import java.util.Objects;

import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepCodec;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;
import org.filbert.wire.internal.TrailingGgep;

/**
 * PONG (0x01): port (LE), IPv4, files shared (LE), KiB shared (LE), optional GGEP.
 * Immutable record, thread-safe.
 */
public record Pong(Routing routing, int port, Ipv4Address address, long files, long kilobytes, GgepBlock ggep)
        implements Message {
    public Pong {
        Objects.requireNonNull(routing, "routing");
        Checks.u16(port, "port");
        Objects.requireNonNull(address, "address");
        Checks.u32(files, "files");
        Checks.u32(kilobytes, "kilobytes");
        Objects.requireNonNull(ggep, "ggep");
    }

    static Pong decode(Routing routing, byte[] payload, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(payload);
        int port = in.u16le();
        Ipv4Address address = new Ipv4Address(in.s32be());
        long files = in.u32le();
        long kilobytes = in.u32le();
        return new Pong(routing, port, address, files, kilobytes, TrailingGgep.read(in, limits));
    }

    public HostPort host() {
        return new HostPort(address, port);
    }

    @Override
    public int typeCode() {
        return MessageType.PONG.code();
    }

    @Override
    public byte[] encodePayload() {
        byte[] ggepBytes = GgepCodec.encode(ggep);
        return new PayloadWriter(14 + ggepBytes.length)
                .u16le(port).s32be(address.bits()).u32le(files).u32le(kilobytes)
                .bytes(ggepBytes)
                .toByteArray();
    }

    @Override
    public Pong withRouting(Routing newRouting) {
        return new Pong(newRouting, port, address, files, kilobytes, ggep);
    }
}
