package org.filbert.transfer.impl.download;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filbert.api.transfer.FileSource;
import org.filbert.transfer.impl.HeaderNames;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.ReferenceCountUtil;

/**
 * One HTTP connection to one source of one download, after Netty's HTTP client codec: asks
 * the size with {@code HEAD} when it is unknown, then one chunk after another with
 * {@code GET /uri-res/N2R?urn:sha1:…} and {@code Range}, on one kept-alive connection;
 * writes the bytes at their place (or, for a chunk being checked again, compares them);
 * waits its turn when the source queues us ({@code X-Queue}); learns the mesh from
 * {@code X-Alt}; drops a source that does not have the file or contradicts its size or URN.
 * When it ends it tells the download why and when the source may be tried again.
 * One instance per channel, used on its event loop only.
 */
final class SourceConnection extends ChannelInboundHandlerAdapter {

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern POLL_MIN = Pattern.compile("pollmin=(\\d+)", Pattern.CASE_INSENSITIVE);

    private final Download download;
    private final FileSource source;
    private final DownloadContext context;
    /** Whether the source opened this connection (GIV) after our push. */
    private final boolean pushed;
    private ChunkMap.Chunk chunk;
    /** File position of the next body byte. */
    private long position;
    /** Whether the body being read belongs to our chunk (else it is skipped). */
    private boolean reading;
    private boolean awaiting;
    private boolean keepAlive;
    private boolean head;
    /** The HEAD answered with the size: the next request goes once its (empty) end arrives. */
    private boolean afterHead;
    private byte[] recheck;
    private String ending = "closed by the source";
    private boolean failure = true;
    private long retryNanos;

    SourceConnection(Download download, FileSource source, DownloadContext context, boolean pushed) {
        this.download = download;
        this.source = source;
        this.context = context;
        this.pushed = pushed;
        this.retryNanos = TimeUnit.SECONDS.toNanos(context.config().retrySeconds());
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        if (ctx.channel().isActive()) {
            download.connected(source.key(), pushed);
            start(ctx);
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        download.connected(source.key(), pushed);
        start(ctx);
        ctx.fireChannelActive();
    }

    private void start(ChannelHandlerContext ctx) {
        if (download.sizeKnown()) {
            requestNext(ctx);
        } else {
            head = true;
            send(ctx, HttpMethod.HEAD, null);
        }
    }

    private void requestNext(ChannelHandlerContext ctx) {
        Optional<ChunkMap.Chunk> next = download.assign(source.key());
        if (next.isEmpty()) {
            end(ctx, "nothing left to fetch from it", false, 0);
            return;
        }
        chunk = next.get();
        recheck = download.rechecking(chunk) ? new byte[(int) chunk.length()] : null;
        send(ctx, HttpMethod.GET, "bytes=" + chunk.start() + "-" + chunk.end());
    }

    private void send(ChannelHandlerContext ctx, HttpMethod method, String range) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, method, "/uri-res/N2R?urn:sha1:" + download.sha1());
        request.headers().set(HeaderNames.HOST, source.hostPort())
                .set(HeaderNames.USER_AGENT, context.userAgent())
                .set(HeaderNames.CONNECTION, "Keep-Alive")
                .set(HeaderNames.QUEUE, "0.1");
        if (range != null) {
            request.headers().set(HeaderNames.RANGE, range);
        }
        String alt = context.altFor(download, source);
        if (!alt.isEmpty()) {
            request.headers().set(HeaderNames.ALT, alt);
        }
        awaiting = true;
        ctx.writeAndFlush(request);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        try {
            if (msg instanceof HttpResponse response) {
                response(ctx, response);
            }
            if (msg instanceof HttpContent content && ctx.channel().isOpen()) {
                content(ctx, content);
            }
        } catch (IOException e) {
            ending = "cannot write the partial file: " + e.getMessage();
            download.fail(ending);
            ctx.close();
        } finally {
            ReferenceCountUtil.release(msg);
        }
    }

    private void response(ChannelHandlerContext ctx, HttpResponse response) {
        if (response.decoderResult().isFailure()) {
            end(ctx, "sent a malformed response", true, retryNanos);
            return;
        }
        int code = response.status().code();
        keepAlive = HttpUtil.isKeepAlive(response);
        String urn = response.headers().get(HeaderNames.CONTENT_URN);
        if (urn != null && !urn.toUpperCase(Locale.ROOT).contains(download.sha1())) {
            drop(ctx, "serves another file (" + urn + ")");
            return;
        }
        String alt = response.headers().get(HeaderNames.ALT);
        if (alt != null) {
            context.learnAlt(download, alt);
        }
        if (code == 404 || code == 410 || code == 416) {
            context.forget(download, source);
            drop(ctx, "answered " + code + " " + response.status().reasonPhrase());
            return;
        }
        if (code == 503) {
            queuedOrBusy(ctx, response);
            return;
        }
        if (code != 200 && code != 206) {
            end(ctx, "answered " + code + " " + response.status().reasonPhrase(), true, retryNanos);
            return;
        }
        if (head) {
            head = false;
            long length = HttpUtil.getContentLength(response, -1L);
            if (length < 0 || !download.learnSize(length)) {
                drop(ctx, "gave no size or a different one (" + length + ")");
            } else {
                afterHead = true;
            }
            return;
        }
        bodyStart(ctx, response, code);
    }

    private void bodyStart(ChannelHandlerContext ctx, HttpResponse response, int code) {
        long first = 0;
        long total = HttpUtil.getContentLength(response, -1L);
        if (code == 206) {
            Matcher m = CONTENT_RANGE.matcher(String.valueOf(response.headers().get(HttpHeaderNames.CONTENT_RANGE)));
            if (!m.find()) {
                drop(ctx, "sent 206 without a usable Content-Range");
                return;
            }
            first = Long.parseLong(m.group(1));
            total = m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3));
            if (first > chunk.start()) {
                drop(ctx, "sent a range starting after the one asked");
                return;
            }
        }
        if (total >= 0 && !download.learnSize(total)) {
            drop(ctx, "says the file has " + total + " bytes, not " + download.size());
            return;
        }
        position = first;
        reading = true;
        awaiting = false;
    }

    private void queuedOrBusy(ChannelHandlerContext ctx, HttpResponse response) {
        if (chunk != null) {
            download.release(chunk, source.key());
            chunk = null;
        }
        String queue = response.headers().get(HeaderNames.QUEUE);
        Matcher m = queue == null ? null : POLL_MIN.matcher(queue);
        if (m != null && m.find() && keepAlive) {
            long wait = Math.max(1, Math.min(Long.parseLong(m.group(1)), 120));
            awaiting = false;
            ending = "queued: " + queue;
            ctx.executor().schedule(() -> {
                if (ctx.channel().isActive()) {
                    start(ctx);
                }
            }, wait, TimeUnit.SECONDS);
            return;
        }
        String after = response.headers().get(HttpHeaderNames.RETRY_AFTER);
        long retry = retryNanos;
        if (after != null && after.matches("\\d{1,5}")) {
            retry = TimeUnit.SECONDS.toNanos(Math.max(Long.parseLong(after), context.config().retrySeconds()));
        }
        end(ctx, "busy (503)", false, retry);
    }

    private void content(ChannelHandlerContext ctx, HttpContent content) throws IOException {
        if (afterHead && content instanceof LastHttpContent) {
            afterHead = false;
            awaiting = false;
            requestNext(ctx);
            return;
        }
        if (!reading || chunk == null) {
            return;
        }
        ByteBuf data = content.content();
        int n = data.readableBytes();
        long from = Math.max(position, chunk.start());
        long to = Math.min(position + n - 1, chunk.end());
        if (from <= to) {
            int offset = (int) (from - position);
            int length = (int) (to - from + 1);
            if (recheck != null) {
                data.getBytes(data.readerIndex() + offset, recheck, (int) (from - chunk.start()), length);
            } else {
                ByteBuffer slice = data.nioBuffer(data.readerIndex() + offset, length);
                download.write(from, slice);
            }
        }
        if (from <= to) {
            download.received(source.key(), to - from + 1);
        }
        position += n;
        throttle(ctx, n);
        if (position > chunk.end() || content instanceof LastHttpContent) {
            chunkEnd(ctx, content instanceof LastHttpContent);
        }
    }

    private void throttle(ChannelHandlerContext ctx, int bytes) {
        long pause = context.throttle().take(bytes);
        if (pause > 0) {
            ctx.channel().config().setAutoRead(false);
            ctx.executor().schedule(() -> {
                ctx.channel().config().setAutoRead(true);
                ctx.read();
            }, pause, TimeUnit.NANOSECONDS);
        }
    }

    private void chunkEnd(ChannelHandlerContext ctx, boolean lastOfResponse) throws IOException {
        ChunkMap.Chunk done = chunk;
        chunk = null;
        reading = false;
        if (position <= done.end()) {
            download.release(done, source.key());
            end(ctx, "sent less than the range asked", true, retryNanos);
            return;
        }
        if (recheck != null) {
            if (download.recheck(done, source.key(), recheck)) {
                context.log().info("download {} {}: {} and {} sent chunk {} differently", download.id(), download.name(),
                        download.writerOf(done), source.hostPort(), done.number());
            }
            recheck = null;
        } else {
            download.written(done, source.key());
        }
        context.changed().accept(download);
        if (!lastOfResponse) {
            end(ctx, "sent more than asked", false, 0);
        } else if (keepAlive) {
            requestNext(ctx);
        } else {
            end(ctx, "closed after the chunk", false, 0);
        }
    }

    private void drop(ChannelHandlerContext ctx, String why) {
        download.drop(source.key(), why);
        context.log().info("download {} {}: source {} dropped: {}", download.id(), download.name(), source.hostPort(), why);
        end(ctx, why, true, retryNanos);
    }

    private void end(ChannelHandlerContext ctx, String why, boolean isFailure, long retry) {
        ending = why;
        failure = isFailure;
        retryNanos = retry;
        ctx.close();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent && (awaiting || reading)) {
            end(ctx, "silent for " + context.config().readTimeoutSeconds() + " s", true, retryNanos);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (chunk != null) {
            download.release(chunk, source.key());
            chunk = null;
        }
        download.sourceIdle(source.key(), context.nanoClock().getAsLong(), retryNanos, ending, failure);
        context.changed().accept(download);
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        end(ctx, "connection error: " + cause.getMessage(), true, retryNanos);
    }
}
