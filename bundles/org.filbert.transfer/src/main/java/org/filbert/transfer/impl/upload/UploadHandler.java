package org.filbert.transfer.impl.upload;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.filbert.api.network.Endpoint;
import org.filbert.library.api.Library.SharedFile;
import org.filbert.transfer.impl.HeaderNames;
import org.filbert.transfer.impl.PushProxyEndpoint;
import org.filbert.transfer.impl.mesh.AltHeader;

import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelProgressiveFuture;
import io.netty.channel.ChannelProgressiveFutureListener;
import io.netty.channel.ChannelProgressivePromise;
import io.netty.channel.DefaultFileRegion;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.HttpChunkedInput;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.handler.stream.ChunkedNioFile;
import io.netty.handler.timeout.IdleStateEvent;

/**
 * One upload connection: reads one request at a time, answers it, and asks for the next
 * only once the answer (and its body) is written — that is the backpressure against
 * pipelined requests. Files are looked up in the library only and opened there; the body is
 * a {@link DefaultFileRegion} (sendfile) on a socket, chunks from a {@link ChunkedNioFile}
 * elsewhere; either closes the file when written or dropped. A granted slot is held while a
 * range is sent and {@code slotGraceSeconds} after it for the next request; a queued
 * downloader must ask again within {@code pollMaxSeconds} or is closed. One instance per
 * channel; used only on its event loop.
 */
final class UploadHandler extends SimpleChannelInboundHandler<HttpObject> {

    /** Bytes per chunk when the channel cannot send a file region. */
    static final int CHUNK_BYTES = 64 * 1024;

    private final UploadServer server;
    private final Upload upload;
    private boolean holdsSlot;
    private boolean queued;
    private ScheduledFuture<?> grace;
    private ScheduledFuture<?> pollDeadline;
    /** Whether the request being answered is HTTP/1.0 (keep-alive must then be said). */
    private boolean http10;
    /** Whether the next message is wanted (between a response's end and the next request). */
    private boolean reading;

    UploadHandler(UploadServer server, Upload upload) {
        this.server = server;
        this.upload = upload;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        readNext(ctx);
    }

    /** A read may complete with nothing for us (auto-read is off): ask again while a message is wanted. */
    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (reading) {
            ctx.read();
        }
        ctx.fireChannelReadComplete();
    }

    private void readNext(ChannelHandlerContext ctx) {
        reading = true;
        ctx.read();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        cancelTimers();
        server.slots().release(upload);
        super.channelInactive(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event instanceof IdleStateEvent && !queued) {
            ctx.close();
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        server.log().debug("upload connection {} closed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
        if (message instanceof HttpRequest request) {
            reading = false;
            cancelTimers();
            answer(ctx, request);
        } else {
            readNext(ctx);
        }
    }

    private void answer(ChannelHandlerContext ctx, HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            Throwable cause = request.decoderResult().cause();
            HttpResponseStatus status = cause instanceof TooLongHttpLineException ? HttpResponseStatus.REQUEST_URI_TOO_LONG
                    : cause instanceof TooLongHttpHeaderException ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
                    : cause instanceof TooLongFrameException ? HttpResponseStatus.REQUEST_ENTITY_TOO_LARGE
                    : HttpResponseStatus.BAD_REQUEST;
            respond(ctx, Responses.empty(status, server.serverName()), false);
            return;
        }
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        http10 = request.protocolVersion().equals(HttpVersion.HTTP_1_0);
        boolean head = request.method().equals(HttpMethod.HEAD);
        if (!head && !request.method().equals(HttpMethod.GET)) {
            respond(ctx, Responses.empty(HttpResponseStatus.NOT_IMPLEMENTED, server.serverName()), keepAlive);
            return;
        }
        RequestTarget target;
        try {
            target = RequestTarget.parse(request.uri());
        } catch (IllegalArgumentException e) {
            respond(ctx, Responses.empty(HttpResponseStatus.BAD_REQUEST, server.serverName()), keepAlive);
            return;
        }
        if (target instanceof RequestTarget.BySha1 urn) {
            file(ctx, request, server.library().bySha1(urn.sha1()), keepAlive, head);
        } else if (target instanceof RequestTarget.ByIndex get) {
            file(ctx, request, server.library().byIndex(get.index())
                    .filter(f -> f.path().getFileName().toString().equals(get.name())), keepAlive, head);
        } else if (target instanceof RequestTarget.PushProxy push) {
            pushProxy(ctx, request, push, keepAlive);
        } else {
            respond(ctx, notFound(), keepAlive);
        }
    }

    private HttpResponse notFound() {
        return Responses.empty(HttpResponseStatus.NOT_FOUND, server.serverName());
    }

    private void file(ChannelHandlerContext ctx, HttpRequest request, Optional<SharedFile> shared, boolean keepAlive, boolean head) {
        FileChannel file = shared.map(UploadHandler::open).orElse(null);
        if (file == null) {
            respond(ctx, notFound(), keepAlive);
            return;
        }
        boolean handedOver = false;
        try {
            SharedFile f = shared.get();
            Optional<ByteRange> range;
            try {
                range = ByteRange.of(request.headers().get(HttpHeaderNames.RANGE), f.size());
            } catch (IllegalArgumentException e) {
                respond(ctx, Responses.empty(new HttpResponseStatus(400, "Bad Range"), server.serverName()), keepAlive);
                return;
            }
            String sha1 = f.sha1().orElse(null);
            List<InetSocketAddress> alts = sha1 == null ? List.of() : mesh(request, sha1);
            if (range.isEmpty()) {
                respond(ctx, Responses.unsatisfiable(server.serverName(), f.size()), keepAlive);
            } else if (head) {
                respond(ctx, Responses.file(server.serverName(), range.get(), sha1, alts, true), keepAlive);
            } else {
                handedOver = get(ctx, request, file, f, range.get(), Responses.file(server.serverName(), range.get(), sha1, alts, false),
                        keepAlive);
            }
        } finally {
            if (!handedOver) {
                closeQuietly(file);
            }
        }
    }

    /** The file opened for reading, or null when it is gone or no longer the size the library hashed. */
    private static FileChannel open(SharedFile shared) {
        try {
            FileChannel file = FileChannel.open(shared.path(), StandardOpenOption.READ);
            if (file.size() == shared.size()) {
                return file;
            }
            closeQuietly(file);
        } catch (IOException | UnsupportedOperationException e) {
            // gone, unreadable: not shared any more
        }
        return null;
    }

    /**
     * The locations to advertise to the downloader (never itself, nor what it tells us now),
     * then learns its {@code X-Alt}.
     */
    private List<InetSocketAddress> mesh(HttpRequest request, String sha1) {
        int max = server.config().altLocations();
        String requester = upload.ip();
        List<InetSocketAddress> advertised = server.mesh().of(sha1, max + 1).stream()
                .filter(host -> !host.getAddress().getHostAddress().equals(requester))
                .limit(max)
                .toList();
        String theirs = request.headers().get(HeaderNames.ALT);
        if (theirs != null) {
            AltHeader.parse(theirs, max).forEach(host -> server.mesh().add(sha1, host));
        }
        return advertised;
    }

    /** Sends the range if a slot is ours; otherwise queues or refuses. Returns whether the file was handed to a write. */
    private boolean get(ChannelHandlerContext ctx, HttpRequest request, FileChannel file, SharedFile shared, ByteRange range,
            HttpResponse head, boolean keepAlive) {
        boolean canQueue = request.headers().contains(HeaderNames.QUEUE)
                || request.headers().get("X-Features", "").toLowerCase(Locale.ROOT).contains("queue");
        upload.requested(request.headers().get(HttpHeaderNames.USER_AGENT, ""), shared.path().getFileName().toString(), range);
        UploadSlots.Decision decision = server.slots().request(upload, canQueue);
        queued = decision instanceof UploadSlots.Queued;
        if (decision instanceof UploadSlots.Granted) {
            holdsSlot = true;
            sendBody(ctx, file, range, head, keepAlive);
            return true;
        }
        if (decision instanceof UploadSlots.Queued place) {
            respond(ctx, Responses.queued(server.serverName(), place, server.config()), keepAlive);
        } else {
            respond(ctx, Responses.empty(new HttpResponseStatus(503, ((UploadSlots.Busy) decision).reason()), server.serverName()), false);
        }
        return false;
    }

    private void sendBody(ChannelHandlerContext ctx, FileChannel file, ByteRange range, HttpResponse head, boolean keepAlive) {
        Responses.connection(head, keepAlive, http10);
        ctx.write(head);
        ChannelFuture done;
        if (range.length() == 0) {
            closeQuietly(file);
            done = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        } else if (ctx.channel() instanceof SocketChannel) {
            ctx.write(new DefaultFileRegion(file, range.first(), range.length()), progress(ctx));
            done = ctx.writeAndFlush(LastHttpContent.EMPTY_LAST_CONTENT);
        } else {
            ChunkedNioFile chunks;
            try {
                chunks = new ChunkedNioFile(file, range.first(), range.length(), CHUNK_BYTES);
            } catch (IOException e) {
                closeQuietly(file);
                ctx.close();
                return;
            }
            done = ctx.writeAndFlush(new HttpChunkedInput(chunks), progress(ctx));
        }
        done.addListener(future -> {
            if (future.isSuccess()) {
                upload.sent(range.length());
            }
        }).addListener(written(ctx, keepAlive));
    }

    private ChannelProgressivePromise progress(ChannelHandlerContext ctx) {
        ChannelProgressivePromise promise = ctx.newProgressivePromise();
        promise.addListener(new ChannelProgressiveFutureListener() {
            @Override
            public void operationProgressed(ChannelProgressiveFuture future, long progress, long total) {
                upload.sent(progress);
            }

            @Override
            public void operationComplete(ChannelProgressiveFuture future) {
                // the response's completion is handled by the last write
            }
        });
        return promise;
    }

    private void respond(ChannelHandlerContext ctx, HttpResponse response, boolean keepAlive) {
        Responses.connection(response, keepAlive, http10);
        ctx.writeAndFlush(response).addListener(written(ctx, keepAlive));
    }

    /** After a whole response: close, or arm the slot's grace or the queue's poll deadline and read the next request. */
    private ChannelFutureListener written(ChannelHandlerContext ctx, boolean keepAlive) {
        return future -> {
            if (!future.isSuccess() || !keepAlive) {
                ctx.close();
                return;
            }
            if (holdsSlot) {
                grace = ctx.executor().schedule(this::endGrace, server.config().slotGraceSeconds(), TimeUnit.SECONDS);
            }
            if (queued) {
                pollDeadline = ctx.executor().schedule((Runnable) ctx::close, server.config().pollMaxSeconds(), TimeUnit.SECONDS);
            }
            readNext(ctx);
        };
    }

    private void endGrace() {
        holdsSlot = false;
        server.slots().release(upload);
    }

    private void cancelTimers() {
        if (grace != null) {
            grace.cancel(false);
            grace = null;
        }
        if (pollDeadline != null) {
            pollDeadline.cancel(false);
            pollDeadline = null;
        }
    }

    private void pushProxy(ChannelHandlerContext ctx, HttpRequest request, RequestTarget.PushProxy push, boolean keepAlive) {
        Optional<InetSocketAddress> requester = requester(request.headers().get(HeaderNames.NODE));
        PushProxyEndpoint endpoint = server.pushProxy();
        HttpResponseStatus status;
        if (requester.isEmpty()) {
            status = new HttpResponseStatus(400, "Malformed push-proxy request: no valid X-Node");
        } else if (endpoint == null) {
            status = new HttpResponseStatus(503, "Not a push proxy");
        } else if (endpoint.push(push.guid().bytes(), push.index(), requester.get())) {
            status = new HttpResponseStatus(202, "Push sent");
        } else {
            status = new HttpResponseStatus(410, "Servent not connected");
        }
        respond(ctx, Responses.empty(status, server.serverName()), keepAlive);
    }

    private static Optional<InetSocketAddress> requester(String node) {
        if (node == null) {
            return Optional.empty();
        }
        try {
            return Endpoint.parse(node).numeric();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel file) {
        try {
            file.close();
        } catch (IOException e) {
            // nothing was written through it
        }
    }
}
