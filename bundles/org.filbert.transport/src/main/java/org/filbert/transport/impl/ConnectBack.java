package org.filbert.transport.impl;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import org.filbert.wire.Guid;
import org.filbert.wire.Messages;
import org.filbert.wire.Ping;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.GgepBlock;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.nio.NioSocketChannel;

/**
 * Answers a peer's reachability test, only ever towards that peer's own address: a TCP
 * connect-back (BEAR/7) opens a connection to the requested port, says what the requester
 * understands — {@code "\n\n"} to gtk-gnutella, LimeWire's {@code "CONNECT BACK\r\n\r\n"}
 * to the others (LimeWire only counts a connect-back that says so) — and closes; a UDP connect-back (GTKG/7) sends a ping with the
 * requested GUID. A rate limit bounds the answers, so requests cannot turn us into a
 * flood. Thread-safe.
 */
final class ConnectBack {

    private final EventLoopGroup loops;
    private final Channel udp;
    private final int timeoutMillis;
    private final RateLimit limit;

    ConnectBack(EventLoopGroup loops, Channel udp, int timeoutMillis, RateLimit limit) {
        this.loops = loops;
        this.udp = udp;
        this.timeoutMillis = timeoutMillis;
        this.limit = limit;
    }

    /** What a TCP connect-back says to a requester with this user agent. */
    static String greeting(String requesterAgent) {
        return requesterAgent.startsWith("gtk-gnutella") ? "\n\n" : "CONNECT BACK\r\n\r\n";
    }

    /** Connects to {@code address}:{@code port} and says the {@link #greeting}; false when over the rate limit. */
    boolean tcp(InetAddress address, int port, String requesterAgent) {
        if (!limit.tryAcquire()) {
            return false;
        }
        new Bootstrap().group(loops).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, timeoutMillis)
                .handler(new ChannelInboundHandlerAdapter())
                .connect(new InetSocketAddress(address, port))
                .addListener((ChannelFutureListener) f -> {
                    if (f.isSuccess()) {
                        f.channel().writeAndFlush(Unpooled.copiedBuffer(greeting(requesterAgent), StandardCharsets.US_ASCII))
                                .addListener(ChannelFutureListener.CLOSE);
                    }
                });
        return true;
    }

    /** Sends a UDP ping with {@code guid} to {@code address}:{@code port}; false when over the rate limit. */
    boolean udp(InetAddress address, int port, Guid guid) {
        if (!limit.tryAcquire()) {
            return false;
        }
        ByteBuf ping = udp.alloc().buffer();
        Messages.encode(new Ping(new Routing(guid, 1, 0), GgepBlock.EMPTY), ping);
        udp.writeAndFlush(new DatagramPacket(ping, new InetSocketAddress(address, port)));
        return true;
    }
}
