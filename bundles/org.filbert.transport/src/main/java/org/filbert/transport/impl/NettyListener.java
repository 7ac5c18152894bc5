package org.filbert.transport.impl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.filbert.api.network.HostCache;
import org.filbert.api.network.NetworkControl;
import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerCounts;
import org.filbert.api.network.PeerInfo;
import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.routing.api.Router;
import org.filbert.wire.Guid;
import org.filbert.wire.WireLimits;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The node's Gnutella transport: listens on one port, TCP and UDP, on Netty event loops
 * (with port 0 it takes a free TCP port and binds UDP to the same number), performs the
 * 0.6 handshake both ways, and holds the established connections. Our role follows the
 * node's mode: an ultrapeer in {@code ultrapeer} mode, otherwise a leaf (promotion in
 * {@code auto} mode comes with the connection manager). Deactivation says Bye to every
 * peer, closes both sockets and stops the loops. Thread-safe.
 */
@Component(immediate = true, configurationPid = "org.filbert.transport", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = TransportConfig.class)
public final class NettyListener implements NetworkStatus, NetworkControl {

    /** How often port 0 is retried when the free TCP port's UDP twin is taken. */
    static final int BIND_ATTEMPTS = 8;

    /** The largest TTL we accept on queries, announced as X-Max-TTL. */
    static final int MAX_TTL = 4;

    private final Logger log;
    private final TransportConfig config;
    private final EventLoopGroup loops;
    private final ConnectionRegistry registry;
    private final ConnectionSetup setup;
    private volatile Router router;

    private volatile HostCache hosts;
    private final Channel tcp;
    private final Channel udp;
    private final InetSocketAddress listenAddress;
    private final String listenText;

    @Activate
    public NettyListener(TransportConfig config, @Reference NodeInfo node,
            @Reference(service = LoggerFactory.class) Logger log) throws Exception {
        this.log = log;
        this.config = config;
        this.loops = new NioEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("filbert-io", true));
        String userAgent = "Filbert/" + node.version();
        PeerRole self = node.mode() == Mode.ULTRAPEER ? PeerRole.ULTRAPEER : PeerRole.LEAF;
        this.registry = new ConnectionRegistry(self, config);
        HandshakeOffer offer = new HandshakeOffer(self, userAgent, config.deflate(), MAX_TTL, config.maxUltrapeers(),
                Guid.of(node.serventGuid()));
        PendingConnections pending = new PendingConnections(config.maxPendingConnections());
        InetAddress address = bindAddress(config.bindAddress());
        AtomicReference<ConnectionSetup> setupOnceBound = new AtomicReference<>();
        Channel[] bound = null;
        try {
            bound = bind(address, config.port(), config.openerTimeoutMillis(), userAgent, pending, setupOnceBound);
        } finally {
            if (bound == null) {
                loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
        }
        this.tcp = bound[0];
        this.udp = bound[1];
        this.listenAddress = (InetSocketAddress) tcp.localAddress();
        this.listenText = config.bindAddress() + ":" + listenAddress.getPort();
        this.setup = new ConnectionSetup(offer, registry, WireLimits.DEFAULT, config,
                new InetSocketAddress(address, listenAddress.getPort()), log, () -> router, () -> hosts);
        setupOnceBound.set(setup);
        log.info("listening on {} (TCP and UDP)", listenText);
    }

    private static WriteBufferWaterMark waterMark(TransportConfig config) {
        return new WriteBufferWaterMark(config.maxQueueBytes() / 2, config.maxQueueBytes());
    }

    private static InetAddress bindAddress(String text) throws UnknownHostException {
        if (!text.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("bindAddress must be a numeric IP address, not '" + text + "'");
        }
        return InetAddress.getByName(text);
    }

    private Channel[] bind(InetAddress address, int port, int openerTimeoutMillis, String userAgent,
            PendingConnections pending, AtomicReference<ConnectionSetup> setupOnceBound) throws InterruptedException {
        ServerBootstrap server = new ServerBootstrap()
                .group(loops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, waterMark(config))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ConnectionSetup ready = setupOnceBound.get();
                        if (ready == null) {
                            ch.close();
                            return;
                        }
                        ch.pipeline().addLast("opener",
                                new OpenerHandler(openerTimeoutMillis, userAgent, pending, () -> new IncomingHandshake(ready)));
                    }
                });
        Bootstrap datagrams = new Bootstrap().group(loops).channel(NioDatagramChannel.class).handler(new DatagramSink());
        for (int attempt = 1;; attempt++) {
            Channel tcpChannel = server.bind(address, port).sync().channel();
            int actual = ((InetSocketAddress) tcpChannel.localAddress()).getPort();
            try {
                Channel udpChannel = datagrams.bind(address, actual).sync().channel();
                return new Channel[] {tcpChannel, udpChannel};
            } catch (Exception e) {
                tcpChannel.close().sync();
                if (port != 0 || attempt == BIND_ATTEMPTS) {
                    throw new IllegalStateException("cannot bind UDP port " + actual + ": " + e.getMessage(), e);
                }
                log.debug("UDP port {} taken, trying another free port", actual);
            }
        }
    }

    @Override
    public InetSocketAddress listenAddress() {
        return listenAddress;
    }

    /** A routing core appeared (first, or after a swap): it learns the open connections. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindRouter(Router newRouter) {
        router = newRouter;
        registry.all().forEach(newRouter::connected);
    }

    void unbindRouter(Router oldRouter) {
        if (router == oldRouter) {
            router = null;
        }
    }

    /** The host cache learns from handshakes and pongs, and offers hosts in our refusals. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindHosts(HostCache cache) {
        hosts = cache;
    }

    void unbindHosts(HostCache cache) {
        if (hosts == cache) {
            hosts = null;
        }
    }

    @Override
    public PeerCounts peerCounts() {
        return registry.counts();
    }

    @Override
    public List<PeerInfo> peers() {
        return registry.all().stream().map(Connection::snapshot).toList();
    }

    @Override
    public CompletionStage<PeerInfo> connect(InetSocketAddress address) {
        CompletableFuture<PeerInfo> result = new CompletableFuture<>();
        new Bootstrap().group(loops).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, config.handshakeTimeoutMillis())
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, waterMark(config))
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast("handshake", new OutgoingHandshake(setup, result));
                    }
                })
                .connect(address).addListener(f -> {
                    if (!f.isSuccess()) {
                        result.completeExceptionally(new IOException("cannot connect to " + address.getHostString() + ":"
                                + address.getPort() + ": " + f.cause().getMessage()));
                    }
                });
        return result.whenComplete((peer, failure) -> {
            HostCache cache = hosts;
            if (cache != null && failure == null) {
                cache.connected(address);
            } else if (cache != null) {
                cache.failed(address);
            }
        });
    }

    @Override
    public boolean disconnect(long id) {
        return registry.get(id).map(c -> {
            sayByeAndClose(c, "Closed by the user");
            return true;
        }).orElse(false);
    }

    private static ChannelFuture sayByeAndClose(Connection c, String reason) {
        PeerHandler handler = c.channel().pipeline().get(PeerHandler.class);
        ChannelHandlerContext ctx = c.channel().pipeline().context(PeerHandler.class);
        if (handler == null || ctx == null) {
            return c.channel().close();
        }
        c.channel().eventLoop().execute(() -> handler.close(ctx, PeerHandler.BYE_NORMAL, reason));
        return c.channel().closeFuture();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        for (Connection c : registry.all()) {
            sayByeAndClose(c, "Node shutting down").await(2, TimeUnit.SECONDS);
        }
        tcp.close().sync();
        udp.close().sync();
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
        log.info("stopped listening on {}", listenText);
    }
}
