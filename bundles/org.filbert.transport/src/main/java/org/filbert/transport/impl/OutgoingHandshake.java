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
 * {@code 200} and hands over to the message pipeline. Completes the caller's future either
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
        write(ctx, HandshakeBlock.connect("0.6", setup.offer().headers(setup.listen(), remote)));
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
        Optional<String> problem = RoleNegotiation.duplicate(setup.offer().servent(), RoleNegotiation.serventOf(theirs),
                setup.registry()).map(d -> d.reason()).or(() -> RoleNegotiation.outgoingProblem(setup.offer().self(), peerRole));
        if (problem.isEmpty() && !setup.registry().hasRoom(peerRole)) {
            problem = Optional.of("no free " + peerRole.label() + " slot");
        }
        if (problem.isPresent()) {
            refuse(ctx, HandshakeBlock.status(503, problem.get(), HandshakeHeaders.EMPTY));
            result.completeExceptionally(new IOException(problem.get()));
            return;
        }
        boolean peerAccepts = RoleNegotiation.acceptsDeflate(theirs);
        write(ctx, HandshakeBlock.status(200, "OK", setup.offer().withContentEncoding(HandshakeHeaders.EMPTY, peerAccepts)));
        Connection connection = new Connection(setup.registry().nextId(), ctx.channel(), peerRole, true,
                theirs.get("User-Agent").orElse(""), setup.offer().deflate() && RoleNegotiation.sendsDeflate(theirs),
                setup.offer().deflate() && peerAccepts, theirs.has("Bye-Packet"), RoleNegotiation.maxTtlOf(theirs), RoleNegotiation.serventOf(theirs));
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
