package org.filbert.transport.impl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.filbert.transport.api.StreamAcceptor;
import org.osgi.service.log.Logger;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * First handler of every incoming TCP connection: peeks at just enough bytes to recognise
 * the {@link Opener}, closes connections that say nothing within the opener timeout, notes
 * that we are reachable when a known opener arrives (a connect-back probe is just that),
 * and hands a Gnutella handshake, untouched, to the handshake handler; HTTP requests and
 * {@code GIV} lines go, untouched, to the registered {@link StreamAcceptor} (the transfer
 * bundle). Without one, HTTP gets a 503 and the other openers are closed.
 * One instance per channel; used only on its channel's event loop.
 */
final class OpenerHandler extends ByteToMessageDecoder {

    private final int timeoutMillis;
    private final String userAgent;
    private final PendingConnections pending;
    private final Reachability reachability;
    private final Logger log;
    private final Supplier<ChannelHandler> handshake;
    private final Supplier<StreamAcceptor> streams;
    private final byte[] first = new byte[Opener.MAX_PREFIX];
    private ScheduledFuture<?> timeout;
    private boolean holdsPendingPlace;

    OpenerHandler(int timeoutMillis, String userAgent, PendingConnections pending, Reachability reachability, Logger log,
            Supplier<ChannelHandler> handshake, Supplier<StreamAcceptor> streams) {
        this.timeoutMillis = timeoutMillis;
        this.userAgent = userAgent;
        this.pending = pending;
        this.reachability = reachability;
        this.log = log;
        this.handshake = handshake;
        this.streams = streams;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        if (!pending.tryEnter()) {
            ctx.close();
            return;
        }
        holdsPendingPlace = true;
        timeout = ctx.executor().schedule((Runnable) ctx::close, timeoutMillis, TimeUnit.MILLISECONDS);
        super.channelActive(ctx);
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int length = Math.min(in.readableBytes(), first.length);
        in.getBytes(in.readerIndex(), first, 0, length);
        Opener opener = Opener.recognise(first, length);
        if (opener == null) {
            return;
        }
        releasePendingPlace();
        if (opener != Opener.UNKNOWN && reachability.reached()) {
            log.info("reachable: {} connected to us ({})", ctx.channel().remoteAddress(), opener.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (opener == Opener.GNUTELLA) {
            ctx.pipeline().addAfter(ctx.name(), "handshake", handshake.get());
            ctx.pipeline().remove(this);
            return;
        }
        StreamAcceptor acceptor = streams.get();
        StreamAcceptor.Kind kind = switch (opener) {
            case HTTP_GET, HTTP_HEAD -> StreamAcceptor.Kind.HTTP;
            case GIV -> StreamAcceptor.Kind.GIV;
            default -> null;
        };
        if (acceptor != null && kind != null) {
            acceptor.accept(ctx.channel(), kind);
            if (ctx.pipeline().last() == this) {
                in.skipBytes(in.readableBytes());
                ctx.close();
            } else {
                ctx.pipeline().remove(this);
            }
            return;
        }
        in.skipBytes(in.readableBytes());
        String answer = switch (opener) {
            case HTTP_GET, HTTP_HEAD -> "HTTP/1.1 503 Service Unavailable\r\nServer: " + userAgent
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            default -> "";
        };
        ctx.writeAndFlush(Unpooled.copiedBuffer(answer, StandardCharsets.US_ASCII)).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        releasePendingPlace();
        super.channelInactive(ctx);
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
