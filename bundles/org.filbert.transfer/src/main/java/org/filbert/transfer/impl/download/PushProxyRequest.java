package org.filbert.transfer.impl.download;

import java.net.InetSocketAddress;
import java.util.function.Consumer;

import org.filbert.transfer.impl.HeaderNames;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.timeout.ReadTimeoutHandler;

/**
 * Asks a push proxy (a firewalled source's ultrapeer) to push the source for us:
 * {@code GET /gnet/push-proxy?guid=HEX&file=INDEX} with {@code X-Node: our address}; the
 * proxy says 202 when it sent the push. Reports true or false once. Stateless apart from
 * the one connection it makes; thread-safe.
 */
final class PushProxyRequest {

    private final EventLoopGroup group;
    private final DownloadConfig config;
    private final String userAgent;

    PushProxyRequest(EventLoopGroup group, DownloadConfig config, String userAgent) {
        this.group = group;
        this.config = config;
        this.userAgent = userAgent;
    }

    void send(InetSocketAddress proxy, String serventGuidHex, long index, InetSocketAddress us, Consumer<Boolean> accepted) {
        String uri = "/gnet/push-proxy?guid=" + serventGuidHex + "&file=" + Math.max(index, 0);
        boolean[] reported = {false};
        Consumer<Boolean> once = ok -> {
            if (!reported[0]) {
                reported[0] = true;
                accepted.accept(ok);
            }
        };
        new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, config.connectTimeoutMillis())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new ReadTimeoutHandler(config.readTimeoutSeconds()),
                                new HttpClientCodec(config.maxLineBytes(), config.maxHeaderBytes(), 8192),
                                new SimpleChannelInboundHandler<HttpResponse>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, HttpResponse response) {
                                        once.accept(response.status().code() == 202);
                                        ctx.close();
                                    }

                                    @Override
                                    public void channelInactive(ChannelHandlerContext ctx) {
                                        once.accept(false);
                                    }

                                    @Override
                                    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
                                        ctx.close();
                                    }
                                });
                    }
                })
                .connect(proxy).addListener((ChannelFutureListener) f -> {
                    if (!f.isSuccess()) {
                        once.accept(false);
                        return;
                    }
                    DefaultFullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
                    request.headers().set(HeaderNames.HOST, proxy.getAddress().getHostAddress() + ":" + proxy.getPort())
                            .set(HeaderNames.USER_AGENT, userAgent)
                            .set(HeaderNames.NODE, us.getAddress().getHostAddress() + ":" + us.getPort())
                            .set(HeaderNames.CONNECTION, "close");
                    f.channel().writeAndFlush(request);
                });
    }
}
