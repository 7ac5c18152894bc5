package org.filbert.transport.impl;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Router;
import org.filbert.wire.Guid;
import org.filbert.wire.Bye;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Message;
import org.filbert.wire.Ping;
import org.filbert.wire.Pong;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.ggep.GgepBlock;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * The last inbound handler of an established connection: greets the peer with our vendor
 * messages, counts messages, answers pings with our pong plus, as an ultrapeer, cached ones
 * (a ping with TTL 1 is a keep-alive, and a leaf relays nothing: our pong only), caches pongs from ultrapeers (never handing out our
 * leaves' addresses) and tells the host cache about the
 * hosts they announce (a neighbour ultrapeer's own pong as an ultrapeer's), lets the {@link VendorMessageHandler} act on vendor messages,
 * honours Bye, pings a peer we have sent nothing for the keep-alive time, closes one
 * silent past the idle timeout, hands
 * messages to the routing core (dropped and counted while no router runs), moves the send
 * queue to the socket when it drains, and takes the connection out of the registry and the
 * router when it closes. One per connection; event loop only.
 */
final class PeerHandler extends ChannelInboundHandlerAdapter {

    static final int BYE_NORMAL = 200;
    static final int BYE_PROTOCOL = 400;
    static final int BYE_IDLE = 405;

    private final ConnectionSetup setup;
    private final Connection connection;
    private final VendorMessageHandler vendor;

    PeerHandler(ConnectionSetup setup, Connection connection) {
        this.setup = setup;
        this.connection = connection;
        this.vendor = new VendorMessageHandler(setup, connection);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        vendor.greet();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        Message message = (Message) msg;
        connection.received();
        if (message instanceof Ping ping) {
            connection.send(pongFor(ctx, ping));
            if (ping.routing().ttl() > 1 && setup.registry().self() == PeerRole.ULTRAPEER) {
                setup.pongs().answer(ping, connection.id(), connection.listenAddress(), setup.config().pongsPerPing())
                        .forEach(connection::send);
            }
            route(message);
        } else if (message instanceof Pong pong) {
            boolean ultrapeer = pong.ggep().has("UP") || (pong.routing().hops() == 0 && connection.role() == PeerRole.ULTRAPEER);
            setup.learn(new InetSocketAddress(pong.address().toInetAddress(), pong.port()), ultrapeer, "pong");
            if (connection.role() == PeerRole.ULTRAPEER && pong.port() != 0 && !pong.address().equals(Ipv4Address.of(0, 0, 0, 0))) {
                setup.pongs().add(pong, connection.id());
            }
            route(message);
        } else if (message instanceof VendorMessage vm) {
            vendor.received(vm);
            route(message);
        } else if (message instanceof Bye bye) {
            setup.log().info("peer {} said bye: {} {}", connection.id(), bye.code(), bye.message());
            ctx.close();
        } else {
            route(message);
        }
    }

    private void route(Message message) {
        Router router = setup.router().get();
        if (router == null) {
            connection.dropped("no router");
        } else {
            router.received(connection, message);
        }
    }

    private Pong pongFor(ChannelHandlerContext ctx, Ping ping) {
        InetAddress local = setup.listen().getAddress().isAnyLocalAddress()
                ? ((InetSocketAddress) ctx.channel().localAddress()).getAddress()
                : setup.listen().getAddress();
        return OwnPong.of(ping, local, setup.listen().getPort(), setup.registry(), setup.shared().get());
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            connection.drain();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent idle) {
            if (connection.nanosSinceRead() > TimeUnit.SECONDS.toNanos(setup.config().idleTimeoutSeconds())) {
                close(ctx, BYE_IDLE, "Idle for " + setup.config().idleTimeoutSeconds() + " s");
            } else if (idle.state() == IdleState.WRITER_IDLE) {
                connection.send(new Ping(Routing.direct(Guid.random()), GgepBlock.EMPTY));
            }
        }
    }

    /** Closes with a Bye where the peer announced Bye-Packet, else just closes. */
    void close(ChannelHandlerContext ctx, int code, String reason) {
        if (connection.byePackets() && ctx.channel().isActive()) {
            ctx.writeAndFlush(new Bye(Routing.direct(Guid.random()), code, reason)).addListener(ChannelFutureListener.CLOSE);
        } else {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        setup.registry().remove(connection);
        connection.closed();
        Router router = setup.router().get();
        if (router != null) {
            router.disconnected(connection);
        }
        setup.log().info("disconnected from peer {} ({})", connection.id(), connection.snapshot().address());
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        Throwable root = cause.getCause() != null ? cause.getCause() : cause;
        setup.log().info("closing peer {}: {}", connection.id(), root.getMessage());
        close(ctx, BYE_PROTOCOL, root.getMessage() == null ? "Protocol error" : root.getMessage());
    }
}
