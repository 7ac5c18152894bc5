package org.filbert.transport.impl;

import java.net.InetSocketAddress;
import java.util.Optional;

import org.filbert.api.network.HostCache;
import org.filbert.api.network.PeerRole;
import org.filbert.wire.handshake.HandshakeBlock;
import org.filbert.wire.handshake.HandshakeHeaders;

import io.netty.channel.ChannelHandlerContext;

/**
 * The server side of the 0.6 handshake: reads {@code GNUTELLA CONNECT/0.6}, accepts or
 * refuses by the role rules and free slots (a refusal offers {@code X-Try-Ultrapeers} from
 * the host cache; an ultrapeer with no ultrapeer slot left but leaf slots free guides an
 * ultrapeer to become its leaf), and on the peer's final {@code 200} hands the connection
 * to the message pipeline. One per connection; event loop only.
 */
final class IncomingHandshake extends HandshakeStep {

    private HandshakeBlock request;
    private PeerRole peerRole;
    private boolean weDeflate;
    private boolean guidedToLeaf;

    IncomingHandshake(ConnectionSetup setup) {
        super(setup);
    }

    @Override
    protected void received(ChannelHandlerContext ctx, HandshakeBlock block) {
        if (request == null) {
            answer(ctx, block);
        } else {
            finish(ctx, block);
        }
    }

    private void answer(ChannelHandlerContext ctx, HandshakeBlock block) {
        request = block;
        PeerRole self = setup.registry().self();
        HandshakeHeaders ours = setup.offer().headers(self, setup.listen(), (InetSocketAddress) ctx.channel().remoteAddress());
        if (!block.isRequest() || !block.protocolVersion().equals("0.6")) {
            refuse(ctx, HandshakeBlock.status(505, "Gnutella 0.6 only", ours));
            return;
        }
        peerRole = RoleNegotiation.roleOf(block.headers());
        HostHeaders.parse(block.headers().get("X-Try-Ultrapeers")).forEach(h -> setup.learn(h, true, "x-try-ultrapeers"));
        HostHeaders.parse(block.headers().get("Listen-IP"))
                .forEach(h -> setup.learn(h, peerRole == PeerRole.ULTRAPEER, "listen-ip"));
        RoleNegotiation.Decision decision = RoleNegotiation.duplicate(setup.offer().servent(),
                RoleNegotiation.serventOf(block.headers()), setup.registry())
                .orElseGet(() -> RoleNegotiation.incoming(self, peerRole, setup.registry()));
        if (!decision.accepted()) {
            HostCache cache = setup.hosts().get();
            Optional<String> offer = cache == null ? Optional.empty() : HostHeaders.tryUltrapeers(cache);
            refuse(ctx, HandshakeBlock.status(decision.code(), decision.reason(),
                    offer.map(v -> HandshakeHeadersWith.extra(ours, "X-Try-Ultrapeers", v)).orElse(ours)));
            return;
        }
        guidedToLeaf = decision.guideToLeaf();
        HandshakeHeaders accept = guidedToLeaf ? HandshakeHeadersWith.extra(ours, "X-Ultrapeer-Needed", "False") : ours;
        boolean peerAccepts = RoleNegotiation.acceptsDeflate(block.headers());
        weDeflate = setup.offer().deflate() && peerAccepts;
        write(ctx, HandshakeBlock.status(200, "OK", setup.offer().withContentEncoding(accept, peerAccepts)));
    }

    private void finish(ChannelHandlerContext ctx, HandshakeBlock block) {
        if (block.statusCode().orElse(0) != 200) {
            setup.log().debug("{} declined our answer: {}", ctx.channel().remoteAddress(), block.startLine());
            ctx.close();
            return;
        }
        if (guidedToLeaf) {
            if (!block.headers().has("X-Ultrapeer") || RoleNegotiation.roleOf(block.headers()) == PeerRole.ULTRAPEER) {
                setup.log().debug("{} stayed an ultrapeer despite our guidance; no ultrapeer slot", ctx.channel().remoteAddress());
                ctx.close();
                return;
            }
            peerRole = PeerRole.LEAF;
        }
        Connection connection = setup.connection(ctx.channel(), peerRole, false, request.headers(),
                setup.offer().deflate() && RoleNegotiation.sendsDeflate(block.headers()), weDeflate);
        if (!establish(ctx, connection)) {
            ctx.close();
        }
    }
}
