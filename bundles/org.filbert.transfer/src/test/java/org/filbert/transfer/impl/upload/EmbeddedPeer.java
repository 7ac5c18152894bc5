package org.filbert.transfer.impl.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * A downloader's connection without a socket: an {@link EmbeddedChannel} from an IPv4 address,
 * served by the upload component, that takes request text and hands back the responses the
 * server wrote, in order. Not a socket channel, so bodies come as chunks, not file regions.
 * Used by one test thread; other packages' tests use it too.
 */
public final class EmbeddedPeer extends EmbeddedChannel {

    private final InetSocketAddress remote;
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private int consumed;

    public EmbeddedPeer(String ip, UploadComponent uploads) {
        this.remote = new InetSocketAddress(ip, 40000);
        freezeTime();
        uploads.serve(this);
    }

    @Override
    public SocketAddress remoteAddress() {
        return remote;
    }

    /** Sends request bytes (ISO-8859-1 text) and lets the server answer. */
    EmbeddedPeer send(String request) {
        writeInbound(Unpooled.copiedBuffer(request, StandardCharsets.ISO_8859_1));
        runPendingTasks();
        return this;
    }

    /** The next response the server wrote. */
    RawResponse response(boolean head) throws IOException {
        drain();
        InputStream in = new ByteArrayInputStream(received.toByteArray(), consumed, received.size() - consumed);
        int before = in.available();
        RawResponse response = RawResponse.read(in, head);
        consumed += before - in.available();
        return response;
    }

    /** Sends one request and reads its response. */
    public RawResponse exchange(String request) throws IOException {
        return send(request).response(request.startsWith("HEAD "));
    }

    /** Bytes written and not yet read as a response. */
    int unread() {
        drain();
        return received.size() - consumed;
    }

    /** Moves the clock and runs what became due. */
    void advanceSeconds(long seconds) {
        advanceTimeBy(seconds, java.util.concurrent.TimeUnit.SECONDS);
        runPendingTasks();
    }

    private void drain() {
        runPendingTasks();
        for (Object out = readOutbound(); out != null; out = readOutbound()) {
            ByteBuf buf = (ByteBuf) out;
            byte[] bytes = new byte[buf.readableBytes()];
            buf.readBytes(bytes);
            buf.release();
            received.writeBytes(bytes);
        }
    }
}
