package org.filbert.transfer.impl.upload;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.filbert.api.transfer.AlternateLocations;
import org.filbert.library.api.Library;
import org.filbert.transfer.impl.PushProxyEndpoint;
import org.osgi.service.log.Logger;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.flow.FlowControlHandler;
import io.netty.handler.stream.ChunkedWriteHandler;
import io.netty.handler.timeout.IdleStateHandler;

/**
 * What every upload connection shares — configuration, library, mesh, slots, our
 * {@code Server} name, the push-proxy endpoint when there is one — and how a connection is
 * set up: HTTP codec with the configured limits, one request at a time (auto-read off, a
 * {@link FlowControlHandler} hands the handler one decoded message per read), idle detection,
 * chunked writing for channels that cannot send file regions, then an {@link UploadHandler}.
 * Thread-safe.
 */
final class UploadServer {

    private final UploadConfig config;
    private final Library library;
    private final AlternateLocations mesh;
    private final UploadSlots slots;
    private final String serverName;
    private final Supplier<PushProxyEndpoint> pushProxy;
    private final Logger log;
    private final AtomicInteger ids = new AtomicInteger();

    UploadServer(UploadConfig config, Library library, AlternateLocations mesh, String serverName,
            Supplier<PushProxyEndpoint> pushProxy, Logger log) {
        this.config = config;
        this.library = library;
        this.mesh = mesh;
        this.slots = new UploadSlots(config.uploadSlots(), config.perHostSlots(), config.queueLength());
        this.serverName = serverName;
        this.pushProxy = pushProxy;
        this.log = log;
    }

    /** Adds the upload handlers at the end of the channel's pipeline; on its event loop. */
    void serve(Channel channel) {
        channel.config().setAutoRead(false);
        HttpDecoderConfig limits = new HttpDecoderConfig()
                .setMaxInitialLineLength(config.maxRequestLineBytes())
                .setMaxHeaderSize(config.maxHeaderBytes());
        channel.pipeline()
                .addLast("upload-idle", new IdleStateHandler(true, 0, 0, config.idleSeconds(), TimeUnit.SECONDS))
                .addLast("upload-http", new HttpServerCodec(limits))
                .addLast("upload-flow", new FlowControlHandler())
                .addLast("upload-chunks", new ChunkedWriteHandler())
                .addLast("upload", new UploadHandler(this, newUpload(channel.remoteAddress())));
    }

    private Upload newUpload(SocketAddress remote) {
        String peer = remote instanceof InetSocketAddress a ? a.getAddress().getHostAddress() + ":" + a.getPort() : String.valueOf(remote);
        String ip = remote instanceof InetSocketAddress a ? a.getAddress().getHostAddress() : peer;
        return new Upload(ids.incrementAndGet(), peer, ip, System::nanoTime);
    }

    UploadConfig config() {
        return config;
    }

    Library library() {
        return library;
    }

    AlternateLocations mesh() {
        return mesh;
    }

    UploadSlots slots() {
        return slots;
    }

    String serverName() {
        return serverName;
    }

    /** The push-proxy endpoint, null while none runs. */
    PushProxyEndpoint pushProxy() {
        return pushProxy.get();
    }

    Logger log() {
        return log;
    }
}
