package org.filbert.bench.load;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.handshake.HandshakeBlock;
import org.filbert.wire.handshake.HandshakeHeaders;
import org.filbert.wire.handshake.HandshakeParser;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.ByteToMessageDecoder;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.JdkZlibEncoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import io.netty.util.concurrent.Promise;

/**
 * The client side of the 0.6 handshake, as a leaf or an ultrapeer with a fresh servent GUID:
 * sends {@code GNUTELLA CONNECT/0.6}, reads the node's answer, confirms a {@code 200} with
 * {@code GNUTELLA/0.6 200 OK}, then installs zlib as negotiated and a {@link ClientReader} in
 * its place and completes {@code done}; a refusal fails {@code done} with the node's status
 * line. Bytes behind the answer reach the reader. One per connection; event loop only.
 */
final class ClientHandshake extends ByteToMessageDecoder {

    private final boolean ultrapeer;
    private final boolean deflate;
    private final Traffic traffic;
    private final Promise<Channel> done;
    private final HandshakeParser parser = new HandshakeParser(WireLimits.DEFAULT);

    ClientHandshake(boolean ultrapeer, boolean deflate, Traffic traffic, Promise<Channel> done) {
        this.ultrapeer = ultrapeer;
        this.deflate = deflate;
        this.traffic = traffic;
        this.done = done;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        HandshakeHeaders.Builder headers = HandshakeHeaders.builder()
                .add("User-Agent", "FilbertLoad/0.1")
                .add("GUID", RandomGuids.next().hex())
                .add("X-Ultrapeer", ultrapeer ? "True" : "False")
                .add("Bye-Packet", "0.1")
                .add("X-Query-Routing", "0.1");
        if (deflate) {
            headers.add("Accept-Encoding", "deflate");
        }
        write(ctx, HandshakeBlock.connect("0.6", headers.build()));
        super.channelActive(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws WireException {
        Optional<HandshakeBlock> answer = parser.feed(in);
        if (answer.isEmpty()) {
            return;
        }
        HandshakeBlock block = answer.get();
        if (block.statusCode().orElse(0) != 200) {
            done.tryFailure(new IOException("refused: " + block.startLine()));
            ctx.close();
            return;
        }
        boolean compressOut = deflate && has(block.headers(), "Accept-Encoding", "deflate");
        boolean inflateIn = has(block.headers(), "Content-Encoding", "deflate");
        HandshakeHeaders.Builder ours = HandshakeHeaders.builder();
        if (compressOut) {
            ours.add("Content-Encoding", "deflate");
        }
        write(ctx, HandshakeBlock.status(200, "OK", ours.build()));
        ChannelPipeline p = ctx.pipeline();
        String last = ctx.name();
        if (inflateIn) {
            p.addAfter(last, "inflate", new JdkZlibDecoder(ZlibWrapper.ZLIB));
            last = "inflate";
        }
        if (compressOut) {
            p.addAfter(last, "deflate", new JdkZlibEncoder(ZlibWrapper.ZLIB));
            last = "deflate";
        }
        p.addAfter(last, "reader", new ClientReader(traffic));
        p.remove(this);
        done.trySuccess(ctx.channel());
    }

    private static boolean has(HandshakeHeaders headers, String name, String token) {
        return headers.get(name).map(v -> v.toLowerCase(Locale.ROOT).contains(token)).orElse(false);
    }

    private static void write(ChannelHandlerContext ctx, HandshakeBlock block) {
        ctx.writeAndFlush(Unpooled.wrappedBuffer(block.toBytes()));
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        done.tryFailure(new IOException("closed during the handshake"));
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        done.tryFailure(cause);
        ctx.close();
    }
}
