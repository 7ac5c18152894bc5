package org.filbert.wire;

import java.util.Objects;
import java.util.Optional;

import io.netty.buffer.ByteBuf;
import org.filbert.wire.internal.Checks;

/**
 * The 23-byte Gnutella message header: GUID (16), payload type (1), TTL (1), hops (1), payload
 * length (4, little-endian). Immutable record, thread-safe.
 */
public record Header(Guid guid, int typeCode, int ttl, int hops, long payloadLength) {
    public static final int SIZE = 23;

    public Header {
        Objects.requireNonNull(guid, "guid");
        Checks.u8(typeCode, "typeCode");
        Checks.u8(ttl, "ttl");
        Checks.u8(hops, "hops");
        Checks.u32(payloadLength, "payloadLength");
    }

    public static Header of(Routing routing, int typeCode, long payloadLength) {
        return new Header(routing.guid(), typeCode, routing.ttl(), routing.hops(), payloadLength);
    }

    public Routing routing() {
        return new Routing(guid, ttl, hops);
    }

    public Optional<MessageType> type() {
        return MessageType.fromCode(typeCode);
    }

    /**
     * Reads a header at the reader index without consuming it; empty when fewer than 23 bytes are
     * readable. Rejects a payload length above the limit at once, so a stream decoder never waits for it.
     */
    public static Optional<Header> peek(ByteBuf in, WireLimits limits) throws WireException {
        return in.readableBytes() < SIZE ? Optional.empty() : Optional.of(read(in, limits));
    }

    /** {@link #peek} for a buffer known to hold at least {@link #SIZE} readable bytes. */
    static Header read(ByteBuf in, WireLimits limits) throws WireException {
        int at = in.readerIndex();
        long length = in.getUnsignedIntLE(at + 19);
        if (length > limits.maxPayloadSize()) {
            throw new WireException(DropReason.PAYLOAD_TOO_LARGE,
                    "payload length " + length + " exceeds " + limits.maxPayloadSize());
        }
        return new Header(Guid.read(in, at), in.getUnsignedByte(at + 16), in.getUnsignedByte(at + 17),
                in.getUnsignedByte(at + 18), length);
    }

    public void encode(ByteBuf out) {
        write(new Routing(guid, ttl, hops), typeCode, (int) payloadLength, out);
    }

    /** Writes a header without building a {@link Header}; the routing already holds checked values. */
    static void write(Routing routing, int typeCode, int payloadLength, ByteBuf out) {
        routing.guid().writeTo(out);
        out.writeByte(typeCode);
        out.writeByte(routing.ttl());
        out.writeByte(routing.hops());
        out.writeIntLE(payloadLength);
    }
}
