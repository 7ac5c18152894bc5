package org.filbert.transport.impl;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerCounts;
import org.filbert.api.node.NodeInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioDatagramChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Listens on the node's one port, TCP and UDP, on Netty event loops, and reports the
 * bound address. With port 0 it takes a free TCP port and binds UDP to the same number.
 * Deactivation closes both sockets and stops the loops. Thread-safe.
 */
@Component(immediate = true, configurationPid = "org.filbert.transport", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = TransportConfig.class)
public final class NettyListener implements NetworkStatus {

    /** How often port 0 is retried when the free TCP port's UDP twin is taken. */
    static final int BIND_ATTEMPTS = 8;

    private final Logger log;
    private final EventLoopGroup loops;
    private final Channel tcp;
    private final Channel udp;
    private final InetSocketAddress listenAddress;
    private final String listenText;

    @Activate
    public NettyListener(TransportConfig config, @Reference NodeInfo node,
            @Reference(service = LoggerFactory.class) Logger log) throws Exception {
        this.log = log;
        this.loops = new NioEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("filbert-io", true));
        String userAgent = "Filbert/" + node.version();
        PendingConnections pending = new PendingConnections(config.maxPendingConnections());
        InetAddress address = bindAddress(config.bindAddress());
        Channel[] bound = null;
        try {
            bound = bind(address, config.port(), config.openerTimeoutMillis(), userAgent, pending);
        } finally {
            if (bound == null) {
                loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            }
        }
        this.tcp = bound[0];
        this.udp = bound[1];
        this.listenAddress = (InetSocketAddress) tcp.localAddress();
        this.listenText = config.bindAddress() + ":" + listenAddress.getPort();
        log.info("listening on {} (TCP and UDP)", listenText);
    }

    private static InetAddress bindAddress(String text) throws UnknownHostException {
        if (!text.matches("[0-9a-fA-F:.]+")) {
            throw new IllegalArgumentException("bindAddress must be a numeric IP address, not '" + text + "'");
        }
        return InetAddress.getByName(text);
    }

    private Channel[] bind(InetAddress address, int port, int openerTimeoutMillis, String userAgent,
            PendingConnections pending) throws InterruptedException {
        ServerBootstrap server = new ServerBootstrap()
                .group(loops)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline().addLast(new OpenerHandler(openerTimeoutMillis, userAgent, pending));
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

    @Override
    public PeerCounts peerCounts() {
        return PeerCounts.NONE;
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        tcp.close().sync();
        udp.close().sync();
        loops.shutdownGracefully(0, 2, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
        log.info("stopped listening on {}", listenText);
    }
}
