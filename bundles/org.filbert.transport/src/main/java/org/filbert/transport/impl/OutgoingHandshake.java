package org.filbert.transport.impl;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.filbert.api.network.PeerInfo;
import org.filbert.api.network.PeerRole;
import org.filbert.wire.handshake.HandshakeBlock;
import org.filbert.wire.handshake.HandshakeHeaders;

import io.netty.channel.ChannelHandlerContext;

/**
 * The client side of the 0.6 handshake: sends {@code GNUTELLA CONNECT/0.6}, reads the
 * answer, keeps the peer if its role suits ours and a slot is free, sends the final
 * {@code 200} and hands over to the message pipeline. A promoted ({@code auto}) ultrapeer
 * without leaves follows an ultrapeer's guidance to become its leaf: it answers
 * {@code X-Ultrapeer: False} and takes the leaf role. Completes the caller's future either
 * way. One per connection; event loop only.
 */
final class OutgoingHandshake extends HandshakeStep {

    private final CompletableFuture<PeerInfo> result;

    OutgoingHandshake(ConnectionSetup setup, CompletableFuture<PeerInfo> result) {
        super(setup);
        this.result = result;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetSocketAddress remote = (InetSocketAddress) ctx.channel().remoteAddress();
        write(ctx, HandshakeBlock.connect("0.6", setup.offer().headers(setup.registry().self(), setup.listen(), remote)));
        super.channelActive(ctx);
    }

    @Override
    protected void received(ChannelHandlerContext ctx, HandshakeBlock answer) {
        HostHeaders.parse(answer.headers().get("X-Try-Ultrapeers")).forEach(h -> setup.learn(h, true, "x-try-ultrapeers"));
        int code = answer.statusCode().orElse(0);
        if (code != 200) {
            fail(ctx, "refused: " + (code == 0 ? answer.startLine() : code + " " + answer.reasonPhrase()));
            return;
        }
        HandshakeHeaders theirs = answer.headers();
        PeerRole peerRole = RoleNegotiation.roleOf(theirs);
        HandshakeHeaders finalHeaders = HandshakeHeaders.EMPTY;
        if (RoleNegotiation.followsLeafGuidance(setup.auto(), setup.registry().self(), peerRole, theirs, setup.registry())) {
            setup.log().info("{} needs no more ultrapeers: becoming a leaf", ctx.channel().remoteAddress());
            setup.becomeRole().accept(PeerRole.LEAF);
            finalHeaders = HandshakeHeadersWith.extra(finalHeaders, "X-Ultrapeer", "False");
        }
        PeerRole self = setup.registry().self();
        Optional<String> problem = RoleNegotiation.duplicate(setup.offer().servent(), RoleNegotiation.serventOf(theirs),
                setup.registry()).map(d -> d.reason()).or(() -> RoleNegotiation.outgoingProblem(self, peerRole));
        if (problem.isEmpty() && !setup.registry().hasRoom(peerRole)) {
            problem = Optional.of("no free " + peerRole.label() + " slot");
        }
        if (problem.isPresent()) {
            refuse(ctx, HandshakeBlock.status(503, problem.get(), HandshakeHeaders.EMPTY));
            result.completeExceptionally(new IOException(problem.get()));
            return;
        }
        boolean peerAccepts = RoleNegotiation.acceptsDeflate(theirs);
        write(ctx, HandshakeBlock.status(200, "OK", setup.offer().withContentEncoding(finalHeaders, peerAccepts)));
        Connection connection = setup.connection(ctx.channel(), peerRole, true, theirs,
                setup.offer().deflate() && RoleNegotiation.sendsDeflate(theirs), setup.offer().deflate() && peerAccepts);
        if (establish(ctx, connection)) {
            result.complete(connection.snapshot());
        } else {
            fail(ctx, "no free " + peerRole.label() + " slot");
        }
    }

    private void fail(ChannelHandlerContext ctx, String reason) {
        result.completeExceptionally(new IOException(reason));
        ctx.close();
    }

    @Override
    protected void timedOut(ChannelHandlerContext ctx) {
        fail(ctx, "the handshake timed out");
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        result.completeExceptionally(new IOException("the peer closed the connection during the handshake"));
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        fail(ctx, cause.getCause() != null ? cause.getCause().getMessage() : cause.getMessage());
    }
}
