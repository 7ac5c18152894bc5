package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.filbert.transport.api.StreamAcceptor;
import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;

class OpenerHandlerTest {

    private final PendingConnections pending = new PendingConnections(2);
    private final ByteBuf handedOver = Unpooled.buffer();
    private final Reachability reachability = new Reachability(3);
    private StreamAcceptor acceptor;

    private EmbeddedChannel channel() {
        EmbeddedChannel ch = new EmbeddedChannel();
        ch.freezeTime();
        ch.pipeline().addLast(new OpenerHandler(1000, "Filbert/test", pending, reachability, TestSupport.quietLogger(), () -> new ChannelInboundHandlerAdapter() {
            @Override
            public void channelRead(ChannelHandlerContext ctx, Object msg) {
                ByteBuf b = (ByteBuf) msg;
                handedOver.writeBytes(b);
                b.release();
            }
        }, () -> acceptor));
        ch.pipeline().fireChannelActive();
        return ch;
    }

    private static String written(EmbeddedChannel ch) {
        ByteBuf out = ch.readOutbound();
        try {
            return out.toString(StandardCharsets.US_ASCII);
        } finally {
            out.release();
        }
    }

    private static void feedByteAtATime(EmbeddedChannel ch, String text) {
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            if (!ch.isOpen()) {
                return;
            }
            ch.writeInbound(Unpooled.wrappedBuffer(new byte[] {b}));
        }
    }

    @Test
    void handshakeFedByteByByteReachesTheHandshakeHandlerWhole() {
        EmbeddedChannel ch = channel();
        String connect = "GNUTELLA CONNECT/0.6\r\nUser-Agent: x\r\n\r\n";
        feedByteAtATime(ch, connect);
        assertThat(handedOver.toString(StandardCharsets.US_ASCII)).isEqualTo(connect);
        assertThat((Object) ch.readOutbound()).isNull();
        assertThat(ch.isOpen()).isTrue();
        assertThat(pending.count()).isZero();
        assertThat(ch.pipeline().get(OpenerHandler.class)).isNull();
        assertThat(reachability.reachable()).as("an incoming handshake proves we are reachable").isTrue();
        handedOver.release();
    }

    @Test
    void aConnectBackProbeInEitherFormIsClosedAndProvesReachability() {
        for (String probe : new String[] {"\n\n", "CONNECT BACK\r\n\r\n"}) {
            Reachability fresh = new Reachability(3);
            EmbeddedChannel ch = new EmbeddedChannel(new OpenerHandler(1000, "Filbert/test", pending, fresh, TestSupport.quietLogger(), ChannelInboundHandlerAdapter::new, () -> null));
            ch.writeInbound(Unpooled.copiedBuffer(probe, StandardCharsets.US_ASCII));
            ByteBuf out = ch.readOutbound();
            assertThat(out.readableBytes()).as("nothing is answered to %s", probe.strip()).isZero();
            out.release();
            assertThat(ch.isOpen()).isFalse();
            assertThat(fresh.reachable()).isTrue();
        }
    }

    @Test
    void httpAndGivGoWholeToTheStreamAcceptor() {
        for (String opener : new String[] {"GET /uri-res/N2R?urn:sha1:AAAA HTTP/1.1\r\n\r\n", "HEAD /get/1/a HTTP/1.1\r\n\r\n",
                "GIV 0:0123456789ABCDEF0123456789ABCDEF/a.txt\n\n"}) {
            StreamAcceptor.Kind expected = opener.startsWith("GIV") ? StreamAcceptor.Kind.GIV : StreamAcceptor.Kind.HTTP;
            acceptor = (channel, kind) -> {
                assertThat(kind).isEqualTo(expected);
                channel.pipeline().addLast(new ChannelInboundHandlerAdapter() {
                    @Override
                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                        ByteBuf b = (ByteBuf) msg;
                        handedOver.writeBytes(b);
                        b.release();
                    }
                });
            };
            EmbeddedChannel ch = channel();
            feedByteAtATime(ch, opener);
            assertThat(handedOver.toString(StandardCharsets.US_ASCII)).isEqualTo(opener);
            assertThat(ch.isOpen()).isTrue();
            assertThat(ch.pipeline().get(OpenerHandler.class)).isNull();
            handedOver.clear();
        }
        handedOver.release();
    }

    @Test
    void anAcceptorThatAddsNothingClosesTheConnection() {
        acceptor = (channel, kind) -> { };
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.copiedBuffer("GET / HTTP/1.1\r\n\r\n", StandardCharsets.US_ASCII));
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void httpGetsA503WithoutAnAcceptor() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.copiedBuffer("GET /uri-res/N2R?urn:sha1:AAAA HTTP/1.1\r\n\r\n", StandardCharsets.US_ASCII));
        assertThat(written(ch)).startsWith("HTTP/1.1 503 Service Unavailable\r\n").contains("Content-Length: 0");
        assertThat(ch.isOpen()).isFalse();
    }

    @Test
    void unknownOpenerIsClosedAtOnceWithoutAnswer() {
        EmbeddedChannel ch = channel();
        ch.writeInbound(Unpooled.copiedBuffer("\u0016\u0003\u0001junk", StandardCharsets.ISO_8859_1));
        ByteBuf out = ch.readOutbound();
        assertThat(out.readableBytes()).isZero();
        out.release();
        assertThat(ch.isOpen()).isFalse();
        assertThat(pending.count()).isZero();
        assertThat(reachability.reachable()).as("junk proves nothing").isFalse();
    }

    @Test
    void silentConnectionIsClosedAfterTheTimeout() {
        EmbeddedChannel ch = channel();
        feedByteAtATime(ch, "GNUT");
        assertThat(pending.count()).isEqualTo(1);
        ch.advanceTimeBy(999, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isOpen()).isTrue();
        ch.advanceTimeBy(1, TimeUnit.MILLISECONDS);
        ch.runScheduledPendingTasks();
        assertThat(ch.isOpen()).isFalse();
        assertThat(pending.count()).isZero();
    }

    @Test
    void connectionsBeyondThePendingLimitAreClosedAtOnce() {
        EmbeddedChannel a = channel();
        EmbeddedChannel b = channel();
        EmbeddedChannel c = channel();
        assertThat(a.isOpen()).isTrue();
        assertThat(b.isOpen()).isTrue();
        assertThat(c.isOpen()).isFalse();
        a.close();
        assertThat(channel().isOpen()).isTrue();
    }
}
