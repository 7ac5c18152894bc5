package org.filbert.bench.load;

import java.util.List;

import org.filbert.wire.Bye;
import org.filbert.wire.DropReason;
import org.filbert.wire.Header;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Message;
import org.filbert.wire.MessageType;
import org.filbert.wire.Messages;
import org.filbert.wire.Ping;
import org.filbert.wire.Pong;
import org.filbert.wire.Routing;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.GgepBlock;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * A client connection after the handshake: frames the node's messages by their 23-byte
 * header and counts them, decoding only pings (answered with a pong, so the node does not
 * close the connection as idle) and Byes. Queries are counted, not decoded, to keep the
 * tool's CPU for the node. One per connection; event loop only.
 */
final class ClientReader extends ByteToMessageDecoder {

    private static final Ipv4Address LOOPBACK = Ipv4Address.of(127, 0, 0, 1);

    private final Traffic traffic;

    ClientReader(Traffic traffic) {
        this.traffic = traffic;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws WireException {
        while (in.readableBytes() >= Header.SIZE) {
            int at = in.readerIndex();
            long length = in.getUnsignedIntLE(at + 19);
            if (length > WireLimits.DEFAULT.maxPayloadSize()) {
                throw new WireException(DropReason.PAYLOAD_TOO_LARGE, length + " bytes");
            }
            if (in.readableBytes() < Header.SIZE + length) {
                return;
            }
            int type = in.getUnsignedByte(at + 16);
            if (type == MessageType.QUERY.code()) {
                traffic.queryReceived();
                in.skipBytes(Header.SIZE + (int) length);
            } else if (type == MessageType.PING.code() || type == MessageType.BYE.code()) {
                answer(ctx, Messages.decode(in, WireLimits.DEFAULT));
            } else {
                traffic.otherReceived();
                in.skipBytes(Header.SIZE + (int) length);
            }
        }
    }

    private void answer(ChannelHandlerContext ctx, Message message) {
        if (message instanceof Ping ping) {
            Pong pong = new Pong(new Routing(ping.routing().guid(), 1, 0), 6346, LOOPBACK, 0, 0, GgepBlock.EMPTY);
            ByteBuf buf = ctx.alloc().buffer();
            Messages.encode(pong, buf);
            ctx.writeAndFlush(buf);
            traffic.pingAnswered();
        } else if (message instanceof Bye bye) {
            traffic.byeReceived(bye.code(), bye.message());
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        traffic.connectionClosed();
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        System.err.println("client " + ctx.channel().localAddress() + ": " + cause.getMessage());
        ctx.close();
    }
}
