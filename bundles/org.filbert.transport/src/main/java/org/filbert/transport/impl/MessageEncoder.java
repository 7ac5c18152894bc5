package org.filbert.transport.impl;

import org.filbert.wire.Message;
import org.filbert.wire.Messages;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.MessageToByteEncoder;

/** Writes messages with the wire codec. Stateless; one instance serves every channel. */
@Sharable
final class MessageEncoder extends MessageToByteEncoder<Message> {

    static final MessageEncoder INSTANCE = new MessageEncoder();

    private MessageEncoder() {
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Message message, ByteBuf out) {
        Messages.encode(message, out);
    }
}
