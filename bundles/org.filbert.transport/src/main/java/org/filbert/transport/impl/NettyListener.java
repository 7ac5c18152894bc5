package org.filbert.transport.impl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.filbert.api.network.SharedFiles;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.routing.api.Router;
import org.filbert.transport.api.StreamAcceptor;
import org.filbert.wire.Guid;
import org.filbert.wire.Messages;
import org.filbert.wire.Ping;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
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
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.DatagramPacket;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The node's Gnutella transport: listens on one port, TCP and UDP, on Netty event loops
 * (with port 0 it takes a free TCP port and binds UDP to the same number), performs the
 * 0.6 handshake both ways, holds the established connections, refreshes the pong cache
 * by pinging its ultrapeers, and asks UDP host caches for hosts. Our role starts from the
 * node's mode: an ultrapeer in {@code ultrapeer} mode, otherwise a leaf; an {@code auto}
 * node is promoted by the connection manager ({@link #changeRole}) and may be guided back
 * to leaf in a handshake. Deactivation says Bye to every peer, closes both sockets and
 * stops the loops. Thread-safe.
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
    private volatile SharedFiles shared;
    private volatile StreamAcceptor streams;
    private final Channel tcp;
    private final Channel udp;
    private final InetSocketAddress listenAddress;
    private final String listenText;
    private final TransportDrops drops = new TransportDrops();
    private final Reachability reachability;
    private final HostRequests hostRequests;

    @Activate
    public NettyListener(TransportConfig config, @Reference NodeInfo node,
            @Reference(service = LoggerFactory.class) Logger log) throws Exception {
        this.log = log;
        this.config = config;
        this.loops = new NioEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("filbert-io", true));
        String userAgent = "Filbert/" + node.version();
        PeerRole self = node.mode() == Mode.ULTRAPEER ? PeerRole.ULTRAPEER : PeerRole.LEAF;
        this.registry = new ConnectionRegistry(self, config);
        this.reachability = new Reachability(config.connectBackRequests());
        this.hostRequests = new HostRequests(HOST_REQUESTS, TimeUnit.SECONDS.toNanos(HOST_REQUEST_SECONDS), System::nanoTime);
        HandshakeOffer offer = new HandshakeOffer(userAgent, config.deflate(), MAX_TTL, config.maxUltrapeers(),
                Guid.of(node.serventGuid()));
        PendingConnections pending = new PendingConnections(config.maxPendingConnections());
        InetAddress address = bindAddress(config.bindAddress());
        AtomicReference<ConnectionSetup> setupOnceBound = new AtomicReference<>();
        DatagramHandler datagrams = new DatagramHandler(setupOnceBound::get, hostRequests,
                new RateLimit(config.udpAnswersPerSecond(), TimeUnit.SECONDS.toNanos(1), System::nanoTime));
        Channel[] bound = null;
        try {
            bound = bind(address, config.port(), config.openerTimeoutMillis(), userAgent, pending, setupOnceBound, datagrams);
        } finally {
            if (bound == null) {
                loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
        }
        this.tcp = bound[0];
        this.udp = bound[1];
        this.listenAddress = (InetSocketAddress) tcp.localAddress();
        this.listenText = config.bindAddress() + ":" + listenAddress.getPort();
        ConnectBack connectBack = new ConnectBack(loops, udp, config.handshakeTimeoutMillis(),
                new RateLimit(config.connectBacksPerMinute(), TimeUnit.MINUTES.toNanos(1), System::nanoTime));
        PongCache pongs = new PongCache(config.pongCacheSize(), TimeUnit.SECONDS.toNanos(config.pongCacheSeconds()), System::nanoTime);
        this.setup = new ConnectionSetup(offer, registry, WireLimits.DEFAULT, config,
                new InetSocketAddress(address, listenAddress.getPort()), log, () -> router, () -> hosts, drops, pongs,
                reachability, connectBack, node.mode() == Mode.AUTO, this::changeRole, () -> shared);
        setupOnceBound.set(setup);
        loops.next().scheduleWithFixedDelay(this::refreshPongs, config.pongRefreshSeconds(), config.pongRefreshSeconds(),
                TimeUnit.SECONDS);
        log.info("listening on {} (TCP and UDP) as {}", listenText, self.label());
    }

    /** Most UDP host caches awaiting an answer; how long an answer is awaited. */
    static final int HOST_REQUESTS = 64;
    static final int HOST_REQUEST_SECONDS = 30;

    private static WriteBufferWaterMark waterMark(TransportConfig config) {
        return new WriteBufferWaterMark(config.writeBufferBytes() / 2, config.writeBufferBytes());
    }

    /** Pings our ultrapeers (TTL 2: they answer from their pong caches) to refill ours. */
    private void refreshPongs() {
        for (Connection c : registry.all()) {
            if (c.role() == PeerRole.ULTRAPEER) {
                c.send(new Ping(new Routing(Guid.random(), 2, 0), GgepBlock.EMPTY));
            }
        }
    }

    private static InetAddress bindAddress(String text) throws UnknownHostException {
        if (!text.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("bindAddress must be a numeric IP address, not '" + text + "'");
        }
        return InetAddress.getByName(text);
    }

    private Channel[] bind(InetAddress address, int port, int openerTimeoutMillis, String userAgent,
            PendingConnections pending, AtomicReference<ConnectionSetup> setupOnceBound, DatagramHandler datagramHandler)
            throws InterruptedException {
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
                        ch.pipeline().addLast("opener", new OpenerHandler(openerTimeoutMillis, userAgent, pending,
                                ready.reachability(), ready.log(), () -> new IncomingHandshake(ready), () -> streams));
                    }
                });
        Bootstrap datagrams = new Bootstrap().group(loops).channel(NioDatagramChannel.class).handler(datagramHandler);
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
        newRouter.role(registry.self());
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

    /** What the library shares, announced in our pongs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindShared(SharedFiles files) {
        shared = files;
    }

    void unbindShared(SharedFiles files) {
        if (shared == files) {
            shared = null;
        }
    }

    /** Who takes the HTTP and GIV connections on our port (the transfer bundle). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindStreams(StreamAcceptor acceptor) {
        streams = acceptor;
    }

    void unbindStreams(StreamAcceptor acceptor) {
        if (streams == acceptor) {
            streams = null;
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
    public PeerRole role() {
        return registry.self();
    }

    @Override
    public boolean reachable() {
        return reachability.reachable();
    }

    @Override
    public Map<String, Long> drops() {
        return drops.snapshot();
    }

    @Override
    public void changeRole(PeerRole role) {
        if (registry.self() == role) {
            return;
        }
        List<Connection> old = registry.become(role);
        Router current = router;
        if (current != null) {
            current.role(role);
        }
        log.info("now {}: closing the {} connection(s) made as {}", role.label(), old.size(),
                role == PeerRole.ULTRAPEER ? "a leaf" : "an ultrapeer");
        String reason = role == PeerRole.ULTRAPEER ? "Promoted to ultrapeer" : "Became a leaf";
        old.forEach(c -> sayByeAndClose(c, reason));
    }

    @Override
    public void requestHosts(InetSocketAddress udpHostCache) {
        hostRequests.asked(udpHostCache);
        ByteBuf ping = udp.alloc().buffer();
        Messages.encode(new Ping(Routing.direct(Guid.random()), GgepBlock.of(GgepExtension.of("SCP",
                new byte[] {(byte) (registry.self() == PeerRole.ULTRAPEER ? SCP_ULTRAPEER : 0)}))), ping);
        udp.writeAndFlush(new DatagramPacket(ping, udpHostCache));
    }

    /** SCP flag: the asker is an ultrapeer (gtk-gnutella's SCP_F_ULTRA). */
    static final int SCP_ULTRAPEER = 1;

    @Override
    public CompletionStage<PeerInfo> connect(InetSocketAddress address) {
        CompletableFuture<PeerInfo> result = new CompletableFuture<>();
        Optional<Connection> already = registry.all().stream().filter(c -> c.listenAddress().filter(address::equals).isPresent())
                .findFirst();
        if (already.isPresent()) {
            result.completeExceptionally(new IOException("already connected to " + address.getAddress().getHostAddress() + ":"
                    + address.getPort() + " (peer " + already.get().id() + ")"));
            return result;
        }
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
        c.close(PeerHandler.BYE_NORMAL, reason);
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
