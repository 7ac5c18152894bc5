package org.filbert.transfer.impl.push;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.filbert.api.node.NodeInfo;
import org.filbert.library.api.Library;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.PushListener;
import org.filbert.transfer.impl.HttpEndpoint;
import org.filbert.wire.Guid;
import org.filbert.wire.Push;
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
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * Answers the pushes addressed to us: connects to the downloader's address and port (on its
 * own small event loop group), says {@link GivLine GIV} with our servent GUID, and hands the
 * connection to the uploads' {@link HttpEndpoint}, which serves the downloader's requests
 * there as if they had come in on our port. Never connects to 0.0.0.0 or port 0, nor while
 * no HTTP server runs; duplicates (while our connection for the same push is open) and pushes
 * over the rate ({@link PushGate}) are ignored; each decision is logged. Thread-safe; never blocks the caller's event loop.
 */
@Component(immediate = true, service = PushListener.class, configurationPid = "org.filbert.transfer.push",
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = PushConfig.class)
public final class PushAnswerer implements PushListener {

    private final PushConfig config;
    private final Guid self;
    private final Logger log;
    private final PushGate gate;
    private final EventLoopGroup loops;
    private volatile HttpEndpoint http;
    private volatile Library library;

    @Activate
    public PushAnswerer(PushConfig config, @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) {
        this.config = config;
        this.self = Guid.of(node.serventGuid());
        this.log = log;
        this.gate = new PushGate(config.pushesPerMinute(), TimeUnit.SECONDS.toNanos(config.duplicateSeconds()), System::nanoTime);
        this.loops = new NioEventLoopGroup(config.ioThreads(), new DefaultThreadFactory("filbert-push", true));
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindHttp(HttpEndpoint endpoint) {
        http = endpoint;
    }

    public void unbindHttp(HttpEndpoint endpoint) {
        if (http == endpoint) {
            http = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindLibrary(Library shared) {
        library = shared;
    }

    public void unbindLibrary(Library shared) {
        if (library == shared) {
            library = null;
        }
    }

    @Override
    public void push(Push push, Peer from) {
        InetSocketAddress to = new InetSocketAddress(push.address().toInetAddress(), push.port());
        if (push.address().bits() == 0 || push.port() == 0) {
            log.info("push from peer {} ignored: nowhere to connect ({})", from.id(), to);
            return;
        }
        if (http == null) {
            log.info("push from peer {} to connect to {} ignored: no HTTP server runs", from.id(), to);
            return;
        }
        switch (gate.admit(to, push.fileIndex())) {
            case DUPLICATE -> log.debug("push from peer {} to connect to {} ignored: a duplicate", from.id(), to);
            case OVER_RATE -> log.info("push from peer {} to connect to {} ignored: over {} a minute", from.id(), to,
                    config.pushesPerMinute());
            case ANSWER -> {
                log.info("push from peer {}: connecting to {} for file index {}", from.id(), to, push.fileIndex());
                connect(to, push.fileIndex(), GivLine.of(push.fileIndex(), self, nameOf(push.fileIndex())));
            }
        }
    }

    private String nameOf(long index) {
        Library shared = library;
        return shared == null ? GivLine.UNKNOWN_NAME
                : shared.byIndex(index).map(f -> f.path().getFileName().toString()).orElse(GivLine.UNKNOWN_NAME);
    }

    /** Connects and says GIV; when the connection fails or ends, the gate answers that downloader's next push. */
    private void connect(InetSocketAddress to, long index, String giv) {
        new Bootstrap().group(loops).channel(NioSocketChannel.class)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) TimeUnit.SECONDS.toMillis(config.connectTimeoutSeconds()))
                .handler(new ChannelInboundHandlerAdapter())
                .connect(to)
                .addListener((ChannelFutureListener) f -> {
                    if (f.isSuccess()) {
                        f.channel().closeFuture().addListener(closed -> gate.ended(to, index));
                        given(f.channel(), giv);
                    } else {
                        gate.ended(to, index);
                        log.info("cannot connect to {} to answer its push: {}", to, f.cause().toString());
                    }
                });
    }

    /** Says GIV and lets the HTTP server take the connection. On the channel's event loop. */
    private void given(Channel channel, String giv) {
        HttpEndpoint endpoint = http;
        if (endpoint == null) {
            channel.close();
            return;
        }
        channel.writeAndFlush(Unpooled.copiedBuffer(giv, StandardCharsets.US_ASCII));
        endpoint.serve(channel);
    }

    @Deactivate
    public void deactivate() {
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }
}
