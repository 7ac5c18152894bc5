package org.filbert.transport.impl;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Supplier;

import org.filbert.api.network.HostCache;
import org.filbert.api.network.KnownHost;
import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.Ping;
import org.filbert.wire.Pong;
import org.filbert.wire.WireException;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.PackedHosts;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.DatagramPacket;

/**
 * The UDP side of the shared port. Pings get our pong, rate-limited; a ping carrying GGEP
 * {@code SCP} (a UDP host-cache request) also gets up to {@value #HOSTS_PER_PONG} known
 * ultrapeers packed in {@code IPP}. Pongs are believed only from the host caches we asked
 * ({@link HostRequests}): their own address and their {@code IPP} hosts go into the host
 * cache. Anything else is counted as dropped, by reason. Stateless apart from what it is
 * given; shared by the one UDP channel, which runs on one event loop.
 */
@Sharable
final class DatagramHandler extends SimpleChannelInboundHandler<DatagramPacket> {

    static final int HOSTS_PER_PONG = 10;

    private final Supplier<ConnectionSetup> setup;
    private final HostRequests requests;
    private final RateLimit answers;

    DatagramHandler(Supplier<ConnectionSetup> setup, HostRequests requests, RateLimit answers) {
        this.setup = setup;
        this.requests = requests;
        this.answers = answers;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, DatagramPacket packet) {
        ConnectionSetup s = setup.get();
        if (s == null) {
            return;
        }
        Message message;
        try {
            message = Messages.decode(packet.content(), s.limits());
        } catch (WireException e) {
            s.drops().count("udp malformed");
            return;
        }
        if (message instanceof Ping ping) {
            answer(ctx, s, ping, packet);
        } else if (message instanceof Pong pong && requests.answered(packet.sender())) {
            learn(s, pong, packet.sender());
        } else {
            s.drops().count(message instanceof Pong ? "udp unsolicited pong" : "udp " + message.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void answer(ChannelHandlerContext ctx, ConnectionSetup s, Ping ping, DatagramPacket packet) {
        if (!answers.tryAcquire()) {
            s.drops().count("udp answers over limit");
            return;
        }
        InetAddress local = s.listen().getAddress().isAnyLocalAddress() ? packet.recipient().getAddress() : s.listen().getAddress();
        Pong pong = OwnPong.of(ping, local, s.listen().getPort(), s.registry(), s.shared().get());
        HostCache cache = s.hosts().get();
        if (ping.ggep().has("SCP") && cache != null) {
            List<InetSocketAddress> hosts = cache.hosts().stream().filter(KnownHost::ultrapeer).map(KnownHost::address)
                    .filter(a -> !a.equals(packet.sender()) && !s.isUs(a)).limit(HOSTS_PER_PONG).toList();
            if (!hosts.isEmpty()) {
                pong = new Pong(pong.routing(), pong.port(), pong.address(), pong.files(), pong.kilobytes(),
                        pong.ggep().with(GgepExtension.of("IPP", PackedHosts.pack(hosts))));
            }
        }
        ByteBuf out = ctx.alloc().buffer();
        Messages.encode(pong, out);
        ctx.writeAndFlush(new DatagramPacket(out, packet.sender()));
    }

    private static void learn(ConnectionSetup s, Pong pong, InetSocketAddress from) {
        if (pong.port() != 0) {
            s.learn(new InetSocketAddress(pong.address().toInetAddress(), pong.port()), pong.ggep().has("UP"), "uhc pong");
        }
        pong.ggep().get("IPP").ifPresent(ipp -> PackedHosts.unpack(ipp.data()).forEach(h -> s.learn(h, true, "uhc " + from.getAddress().getHostAddress())));
    }
}
