package org.filbert.transport.impl;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.filbert.routing.api.Router;
import org.filbert.wire.WireException;
import org.filbert.wire.handshake.HandshakeBlock;
import org.filbert.wire.handshake.HandshakeParser;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

/**
 * What both directions of the 0.6 handshake share: a timeout, parsing header blocks as
 * their bytes arrive (only the block's bytes are consumed, so a compressed stream right
 * behind it reaches the handlers installed next), writing blocks, and handing over to the
 * message pipeline. One per connection; event loop only.
 */
abstract class HandshakeStep extends ByteToMessageDecoder {

    protected final ConnectionSetup setup;
    private HandshakeParser parser;
    private ScheduledFuture<?> timeout;

    HandshakeStep(ConnectionSetup setup) {
        this.setup = setup;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        parser = new HandshakeParser(setup.limits());
        timeout = ctx.executor().schedule(() -> timedOut(ctx), setup.config().handshakeTimeoutMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        timeout.cancel(false);
    }

    @Override
    protected final void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) throws FramingException {
        Optional<HandshakeBlock> block;
        try {
            block = parser.feed(in);
        } catch (WireException e) {
            throw new FramingException("bad handshake: " + e.getMessage());
        }
        if (block.isPresent()) {
            received(ctx, block.get());
        }
    }

    /** A complete header block from the peer. */
    protected abstract void received(ChannelHandlerContext ctx, HandshakeBlock block);

    protected void timedOut(ChannelHandlerContext ctx) {
        ctx.close();
    }

    protected ChannelFuture write(ChannelHandlerContext ctx, HandshakeBlock block) {
        return ctx.writeAndFlush(Unpooled.wrappedBuffer(block.toBytes()));
    }

    protected void refuse(ChannelHandlerContext ctx, HandshakeBlock block) {
        write(ctx, block).addListener(ChannelFutureListener.CLOSE);
    }

    /** Registers the connection, tells the router, and installs the message pipeline in place of this handler. */
    protected boolean establish(ChannelHandlerContext ctx, Connection connection) {
        if (!setup.registry().tryAdd(connection)) {
            return false;
        }
        MessagePipeline.install(ctx.pipeline(), ctx.name(), setup, connection);
        Router router = setup.router().get();
        if (router != null) {
            router.connected(connection);
        }
        ctx.pipeline().remove(this);
        setup.log().info("connected to peer {} {} ({}, {})", connection.id(), connection.snapshot().address(),
                connection.role().label(), connection.snapshot().userAgent());
        return true;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        setup.log().debug("handshake with {} failed: {}", ctx.channel().remoteAddress(), cause.getMessage());
        ctx.close();
    }
}
