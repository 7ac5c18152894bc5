package org.filbert.transport.impl;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * First handler of every incoming TCP connection: reads just enough bytes to recognise
 * the {@link Opener}, closes connections that say nothing within the opener timeout, and
 * answers each opener. Until the Gnutella handshake and HTTP uploads are installed here,
 * a handshake gets a 0.6 refusal and an HTTP request a 503, both closed after writing.
 * One instance per channel; used only on its channel's event loop.
 */
final class OpenerHandler extends ChannelInboundHandlerAdapter {

    private final int timeoutMillis;
    private final String userAgent;
    private final PendingConnections pending;
    private final byte[] first = new byte[Opener.MAX_PREFIX];
    private int length;
    private ScheduledFuture<?> timeout;
    private boolean holdsPendingPlace;

    OpenerHandler(int timeoutMillis, String userAgent, PendingConnections pending) {
        this.timeoutMillis = timeoutMillis;
        this.userAgent = userAgent;
        this.pending = pending;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        if (!pending.tryEnter()) {
            ctx.close();
            return;
        }
        holdsPendingPlace = true;
        timeout = ctx.executor().schedule(() -> {
            ctx.close();
        }, timeoutMillis, TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf in = (ByteBuf) msg;
        try {
            int n = Math.min(in.readableBytes(), first.length - length);
            in.readBytes(first, length, n);
            length += n;
        } finally {
            in.release();
        }
        Opener opener = Opener.recognise(first, length);
        if (opener != null) {
            decided(ctx, opener);
        }
    }

    private void decided(ChannelHandlerContext ctx, Opener opener) {
        releasePendingPlace();
        ctx.pipeline().remove(this);
        String answer = switch (opener) {
            case GNUTELLA -> "GNUTELLA/0.6 503 Not accepting Gnutella connections\r\nUser-Agent: " + userAgent + "\r\n\r\n";
            case HTTP_GET, HTTP_HEAD -> "HTTP/1.1 503 Service Unavailable\r\nServer: " + userAgent
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            case GIV, CONNECT_BACK, UNKNOWN -> "";
        };
        ctx.writeAndFlush(Unpooled.copiedBuffer(answer, StandardCharsets.US_ASCII))
                .addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        releasePendingPlace();
        ctx.fireChannelInactive();
    }

    private void releasePendingPlace() {
        if (holdsPendingPlace) {
            holdsPendingPlace = false;
            timeout.cancel(false);
            pending.leave();
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
