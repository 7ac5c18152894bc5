package org.filbert.wire;

import io.netty.buffer.ByteBuf;

/**
 * Entry points: decode one message (header + payload) from a {@link ByteBuf}, encode a message into
 * one, and build the forwarded copy of a message. Decoding copies the payload out of the buffer, so
 * messages never hold reference-counted memory. Stateless, thread-safe.
 */
public final class Messages {
    private Messages() {
    }

    /**
     * Decodes the message at the reader index. If the buffer does not yet hold the whole message,
     * throws {@link DropReason#TRUNCATED} and leaves the reader index alone; a payload length over the
     * limit throws {@link DropReason#PAYLOAD_TOO_LARGE} likewise. Otherwise the whole message is
     * consumed, even when its payload is then rejected.
     */
    public static Message decode(ByteBuf in, WireLimits limits) throws WireException {
        if (in.readableBytes() < Header.SIZE) {
            throw new WireException(DropReason.TRUNCATED, "incomplete header: " + in.readableBytes() + " bytes");
        }
        Header header = Header.read(in, limits);
        int length = (int) header.payloadLength();
        if (in.readableBytes() < Header.SIZE + length) {
            throw new WireException(DropReason.TRUNCATED,
                    "incomplete payload: " + (in.readableBytes() - Header.SIZE) + " of " + length + " bytes");
        }
        byte[] payload = new byte[length];
        in.getBytes(in.readerIndex() + Header.SIZE, payload);
        in.skipBytes(Header.SIZE + length);
        return decodePayload(header, payload, limits);
    }

    /** Decodes a payload already separated from its header. */
    public static Message decodePayload(Header header, byte[] payload, WireLimits limits) throws WireException {
        if (payload.length != header.payloadLength()) {
            throw new WireException(DropReason.TRUNCATED,
                    "payload of " + payload.length + " bytes, header says " + header.payloadLength());
        }
        if (payload.length > limits.maxPayloadSize()) {
            throw new WireException(DropReason.PAYLOAD_TOO_LARGE, payload.length + " bytes");
        }
        Routing routing = header.routing();
        MessageType type = MessageType.byCode(header.typeCode());
        if (type == null) {
            return new UnknownMessage(routing, header.typeCode(), payload);
        }
        return switch (type) {
            case PING -> Ping.decode(routing, payload, limits);
            case PONG -> Pong.decode(routing, payload, limits);
            case BYE -> Bye.decode(routing, payload);
            case QUERY -> Query.decode(routing, payload, limits);
            case QUERY_HIT -> QueryHitDecoder.decode(routing, payload, limits);
            case PUSH -> Push.decode(routing, payload, limits);
            case QRP -> decodeQrp(routing, payload, limits);
            case VENDOR -> VendorMessage.decode(routing, false, payload);
            case STANDARD_VENDOR -> VendorMessage.decode(routing, true, payload);
            case RUDP, DHT -> new UnknownMessage(routing, header.typeCode(), payload);
        };
    }

    private static Message decodeQrp(Routing routing, byte[] payload, WireLimits limits) throws WireException {
        if (payload.length == 0) {
            throw new WireException(DropReason.TRUNCATED, "empty QRP message");
        }
        return switch (payload[0]) {
            case QrpReset.VARIANT -> QrpReset.decode(routing, payload, limits);
            case QrpPatch.VARIANT -> QrpPatch.decode(routing, payload);
            default -> throw new WireException(DropReason.BAD_QRP, "unknown variant " + (payload[0] & 0xFF));
        };
    }

    /** Writes header and payload. */
    public static void encode(Message message, ByteBuf out) {
        byte[] payload = message.encodePayload();
        Header.write(message.routing(), message.typeCode(), payload.length, out);
        out.writeBytes(payload);
    }

    /** The copy to send on: TTL - 1, hops + 1 (see {@link Routing#forwardable()}). */
    public static Message forwarded(Message message) {
        return message.withRouting(message.routing().forwarded());
    }
}
