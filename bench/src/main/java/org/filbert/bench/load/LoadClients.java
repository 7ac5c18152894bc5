package org.filbert.bench.load;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.Promise;

/**
 * The tool's side of the connections: one small Netty NIO event loop group holding every
 * leaf and ultrapeer client connection to the node, each with its role's {@link Traffic}.
 * Handshakes run a bounded number at a time, below the node's pending-connection limit.
 * Thread-safe; {@link #close} closes every connection and the group.
 */
final class LoadClients implements AutoCloseable {

    private static final int HANDSHAKES_AT_ONCE = 64;
    private static final int HANDSHAKE_TIMEOUT_SECONDS = 30;

    private final EventLoopGroup group;
    private final InetSocketAddress node;
    private final boolean deflate;
    private final Traffic leaves = new Traffic();
    private final Traffic ultrapeers = new Traffic();
    private final List<Channel> all = Collections.synchronizedList(new ArrayList<>());

    private final LeafTables tables = new LeafTables();

    LoadClients(int threads, InetSocketAddress node, boolean deflate) {
        this.group = new NioEventLoopGroup(threads);
        this.node = node;
        this.deflate = deflate;
    }

    Traffic leaves() {
        return leaves;
    }

    Traffic ultrapeers() {
        return ultrapeers;
    }

    /**
     * Opens and shakes hands on {@code count} connections in one role; fails on the first
     * refusal. Leaves then send a query routing table: the first {@code matching} of them one
     * that every query matches, the rest one that none does.
     */
    List<Channel> open(int count, boolean ultrapeer, int matching) throws IOException, InterruptedException {
        Traffic traffic = ultrapeer ? ultrapeers : leaves;
        Semaphore slots = new Semaphore(HANDSHAKES_AT_ONCE);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Channel> opened = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < count && failure.get() == null; i++) {
            slots.acquire();
            Promise<Channel> done = group.next().newPromise();
            boolean matches = i < matching;
            done.addListener(f -> {
                if (f.isSuccess()) {
                    opened.add(done.getNow());
                    if (!ultrapeer) {
                        done.getNow().writeAndFlush(tables.table(matches));
                    }
                } else {
                    failure.compareAndSet(null, f.cause());
                }
                slots.release();
            });
            ChannelFuture connect = new Bootstrap().group(group).channel(NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, HANDSHAKE_TIMEOUT_SECONDS * 1000)
                    .handler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel ch) {
                            ch.pipeline().addLast("handshake", new ClientHandshake(ultrapeer, deflate, traffic, done));
                        }
                    })
                    .connect(node);
            connect.addListener(f -> {
                if (!f.isSuccess()) {
                    done.tryFailure(f.cause());
                } else {
                    all.add(connect.channel());
                    connect.channel().eventLoop().schedule(
                            () -> {
                                if (done.tryFailure(new IOException("no handshake in " + HANDSHAKE_TIMEOUT_SECONDS + " s"))) {
                                    connect.channel().close();
                                }
                            }, HANDSHAKE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                }
            });
        }
        if (!slots.tryAcquire(HANDSHAKES_AT_ONCE, HANDSHAKE_TIMEOUT_SECONDS * 2L, TimeUnit.SECONDS)) {
            throw new IOException("handshakes still under way after " + HANDSHAKE_TIMEOUT_SECONDS * 2 + " s");
        }
        if (failure.get() != null) {
            throw new IOException((ultrapeer ? "ultrapeer" : "leaf") + " connection " + (opened.size() + 1)
                    + " failed: " + failure.get().getMessage(), failure.get());
        }
        return List.copyOf(opened);
    }

    @Override
    public void close() {
        synchronized (all) {
            all.forEach(Channel::close);
        }
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
