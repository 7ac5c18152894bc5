package org.filbert.transfer.impl.download;

import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.filbert.api.transfer.FileSource;
import org.filbert.routing.api.RoutingStatus;
import org.filbert.transfer.api.SourceInfo.Reach;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Push;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.GgepBlock;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.timeout.IdleStateHandler;

/**
 * Reaches a source: connects to it directly, or, when it is firewalled, asks it to connect to
 * us — through its push proxies first, then by a push routed back along its hit — and waits
 * for its {@code GIV} ({@link GivWaits}). Either way the connection ends up with Netty's HTTP
 * client codec and a {@link SourceConnection}, in the component's group of connections (closed
 * when it stops). Each push is noted on the download, so that the GIV's connection says how the
 * source was reached. Thread-safe.
 */
final class SourceDialer {

    /** TTL of our routed pushes (each hop back along the hit's route takes one). */
    static final int PUSH_TTL = 7;

    private final EventLoopGroup group;
    private final ChannelGroup connections;
    private final DownloadContext context;
    private final GivWaits waits;
    private final PushProxyRequest proxies;
    private final Supplier<Optional<RoutingStatus>> routing;
    private final Supplier<Optional<InetSocketAddress>> us;

    SourceDialer(EventLoopGroup group, ChannelGroup connections, DownloadContext context, GivWaits waits,
            Supplier<Optional<RoutingStatus>> routing, Supplier<Optional<InetSocketAddress>> us) {
        this.group = group;
        this.connections = connections;
        this.context = context;
        this.waits = waits;
        this.proxies = new PushProxyRequest(group, context.config(), context.userAgent());
        this.routing = routing;
        this.us = us;
    }

    /** Starts reaching the source; the download hears of the outcome through the source's connection ending. */
    void reach(Download download, FileSource source) {
        if (source.firewalled() && !source.serventGuid().isEmpty()) {
            push(download, source);
        } else {
            connect(download, source);
        }
    }

    private void connect(Download download, FileSource source) {
        new Bootstrap().group(group).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, context.config().connectTimeoutMillis())
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        install(ch, download, source, false);
                    }
                })
                .connect(source.address()).addListener((ChannelFutureListener) f -> {
                    if (!f.isSuccess()) {
                        failed(download, source, "cannot connect: " + f.cause().getMessage());
                    }
                });
    }

    /** Puts the HTTP client and the source's connection on a channel (ours, or one a GIV opened: {@code pushed}). */
    void install(Channel ch, Download download, FileSource source, boolean pushed) {
        DownloadConfig c = context.config();
        connections.add(ch);
        ch.pipeline().addLast(new IdleStateHandler(c.readTimeoutSeconds(), 0, 0),
                new HttpClientCodec(c.maxLineBytes(), c.maxHeaderBytes(), 64 * 1024),
                new SourceConnection(download, source, context, pushed));
    }

    private void push(Download download, FileSource source) {
        Optional<InetSocketAddress> self = us.get();
        if (self.isEmpty()) {
            failed(download, source, "firewalled, and we have no address to be pushed to");
            return;
        }
        long deadline = context.nanoClock().getAsLong() + TimeUnit.SECONDS.toNanos(context.config().pushWaitSeconds());
        if (!waits.add(new GivWaits.Waiting(download, source, deadline))) {
            failed(download, source, "too many pushes pending");
            return;
        }
        viaProxies(download, source, self.get(), source.pushProxies());
    }

    /** Tries each proxy in turn; when none accepts, routes the push. */
    private void viaProxies(Download download, FileSource source, InetSocketAddress self, List<InetSocketAddress> left) {
        if (left.isEmpty()) {
            routed(download, source, self);
            return;
        }
        download.pushing(source.key(), Reach.PUSH_PROXY, hostPort(left.get(0)));
        proxies.send(left.get(0), source.serventGuid(), source.index(), self, accepted -> {
            if (accepted) {
                context.log().info("download {} {}: push proxy {} pushed {}", download.id(), download.name(), left.get(0),
                        source.hostPort());
            } else {
                viaProxies(download, source, self, left.subList(1, left.size()));
            }
        });
    }

    private void routed(Download download, FileSource source, InetSocketAddress self) {
        Optional<RoutingStatus> router = routing.get();
        byte[] ip = self.getAddress().getAddress();
        Push push = new Push(new Routing(Guid.random(), PUSH_TTL, 0), Guid.of(HexFormat.of().parseHex(source.serventGuid())),
                Math.max(source.index(), 0), Ipv4Address.of(ip), self.getPort(), GgepBlock.EMPTY);
        download.pushing(source.key(), Reach.ROUTED_PUSH, "");
        if (router.isEmpty() || !router.get().push(push)) {
            context.log().info("download {} {}: no route to push {}", download.id(), download.name(), source.hostPort());
            return; // the wait expires and counts as a failure
        }
        context.log().info("download {} {}: pushed {} along its hit's route", download.id(), download.name(), source.hostPort());
    }

    private static String hostPort(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    private void failed(Download download, FileSource source, String why) {
        download.sourceIdle(source.key(), context.nanoClock().getAsLong(),
                TimeUnit.SECONDS.toNanos(context.config().retrySeconds()), why, true);
        context.changed().accept(download);
    }

    /** A wait expired without a GIV. */
    void noGiv(GivWaits.Waiting w) {
        failed(w.download(), w.source(), "no GIV within " + context.config().pushWaitSeconds() + " s of the push");
    }
}
