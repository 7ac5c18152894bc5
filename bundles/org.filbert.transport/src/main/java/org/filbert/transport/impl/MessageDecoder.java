package org.filbert.transport.impl;

import java.util.List;

import org.filbert.wire.DropReason;
import org.filbert.wire.Messages;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * Frames the (inflated) byte stream into messages with the wire codec. A whole message
 * that fails to decode is dropped and counted; a header whose length exceeds the limit
 * cannot be framed past and closes the connection. One per connection; event loop only.
 */
final class MessageDecoder extends ByteToMessageDecoder {

    private final WireLimits limits;
    private final Connection connection;

    MessageDecoder(WireLimits limits, Connection connection) {
        this.limits = limits;
        this.connection = connection;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws FramingException {
        while (in.isReadable()) {
            int start = in.readerIndex();
            try {
                out.add(Messages.decode(in, limits));
            } catch (WireException e) {
                if (e.reason() == DropReason.PAYLOAD_TOO_LARGE) {
                    throw new FramingException("message too large: " + e.getMessage());
                }
                if (in.readerIndex() == start) {
                    return; // an incomplete message: wait for the rest
                }
                connection.dropped("malformed: " + e.reason().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
        }
    }
}
