package org.filbert.transfer.impl.upload;

import static org.filbert.transfer.impl.HeaderNames.ALT;
import static org.filbert.transfer.impl.HeaderNames.CONNECTION;
import static org.filbert.transfer.impl.HeaderNames.CONTENT_LENGTH;
import static org.filbert.transfer.impl.HeaderNames.CONTENT_RANGE;
import static org.filbert.transfer.impl.HeaderNames.CONTENT_URN;
import static org.filbert.transfer.impl.HeaderNames.QUEUE;
import static org.filbert.transfer.impl.HeaderNames.SERVER;

import java.util.List;
import java.net.InetSocketAddress;

import org.filbert.transfer.impl.mesh.AltHeader;

import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;

/**
 * The responses the upload server writes: header-only answers (errors, 503 with or without
 * {@code X-Queue}, push-proxy answers, HEAD) with {@code Content-Length: 0} unless a HEAD
 * describes a body, and the head of a file body. Header names are {@link HeaderNames}, in their usual
 * capitalisation.
 * Stateless.
 */
final class Responses {

    private Responses() {
    }

    /** A response without a body. */
    static FullHttpResponse empty(HttpResponseStatus status, String server) {
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status);
        response.headers().set(SERVER, server).setInt(CONTENT_LENGTH, 0);
        return response;
    }

    /** A 503 keeping the downloader's place: LimeWire's {@code X-Queue} fields. */
    static FullHttpResponse queued(String server, UploadSlots.Queued place, UploadConfig config) {
        FullHttpResponse response = empty(new HttpResponseStatus(503, "Queued"), server);
        response.headers().set(QUEUE, "position=" + place.position() + ",length=" + place.length() + ",limit="
                + config.uploadSlots() + ",pollMin=" + config.pollMinSeconds() + ",pollMax=" + config.pollMaxSeconds());
        return response;
    }

    /** The 416 for a range beyond the file. */
    static FullHttpResponse unsatisfiable(String server, long size) {
        FullHttpResponse response = empty(HttpResponseStatus.REQUESTED_RANGE_NOT_SATISFIABLE, server);
        response.headers().set(CONTENT_RANGE, ByteRange.unsatisfiable(size));
        return response;
    }

    /**
     * The head of a file's range: 200 or 206 with its length, URN and alternate locations;
     * for a HEAD request a complete response (no body follows).
     */
    static HttpResponse file(String server, ByteRange range, String sha1, List<InetSocketAddress> alts, boolean headOnly) {
        HttpResponseStatus status = range.partial() ? HttpResponseStatus.PARTIAL_CONTENT : HttpResponseStatus.OK;
        HttpResponse response = headOnly ? new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status)
                : new DefaultHttpResponse(HttpVersion.HTTP_1_1, status);
        describe(response.headers(), server, range, sha1, alts);
        return response;
    }

    /**
     * Says whether the connection stays: {@code Connection: close} when it does not, and
     * {@code Connection: keep-alive} to an HTTP/1.0 client when it does.
     */
    static void connection(HttpResponse response, boolean keepAlive, boolean http10) {
        if (!keepAlive) {
            response.headers().set(CONNECTION, "close");
        } else if (http10) {
            response.headers().set(CONNECTION, "keep-alive");
        }
    }

    private static void describe(HttpHeaders headers, String server, ByteRange range, String sha1, List<InetSocketAddress> alts) {
        headers.set(SERVER, server)
                .set("Content-Type", "application/binary")
                .set(CONTENT_LENGTH, range.length())
                .set("Accept-Ranges", "bytes");
        if (range.partial()) {
            headers.set(CONTENT_RANGE, range.contentRange());
        }
        if (sha1 != null) {
            headers.set(CONTENT_URN, "urn:sha1:" + sha1);
        }
        if (!alts.isEmpty()) {
            headers.set(ALT, AltHeader.format(alts));
        }
    }
}
