package org.filbert.transfer.impl.download;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filbert.api.transfer.FileSource;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A source for download tests: the JDK's HTTP server on 127.0.0.1 serving one file's bytes
 * by {@code /uri-res/N2R?urn:sha1:…} with ranges, that can corrupt a stretch of what it
 * sends, queue the first request (503 with X-Queue), or not have the file (404).
 */
final class RangeServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-(\\d+)");

    private final HttpServer server;
    private final byte[] content;
    private final String sha1;
    final List<String> ranges = new CopyOnWriteArrayList<>();
    final AtomicInteger bodyBytes = new AtomicInteger();
    volatile long corruptFrom = -1;
    volatile boolean missing;
    volatile int queueFirst;
    volatile String alt;

    RangeServer(byte[] content, String sha1) throws IOException {
        this.content = content;
        this.sha1 = sha1;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        server.createContext("/", this::serve);
        server.start();
    }

    FileSource source() {
        return FileSource.direct(server.getAddress());
    }

    private void serve(HttpExchange x) throws IOException {
        try (x) {
            String range = x.getRequestHeaders().getFirst("Range");
            if (range != null) {
                ranges.add(range);
            }
            if (alt != null) {
                x.getResponseHeaders().set("X-Alt", alt);
            }
            if (missing || !x.getRequestURI().toString().equals("/uri-res/N2R?urn:sha1:" + sha1)) {
                x.sendResponseHeaders(404, -1);
                return;
            }
            if (queueFirst > 0) {
                queueFirst--;
                x.getResponseHeaders().set("X-Queue", "position=1,length=1,limit=1,pollMin=1,pollMax=30");
                x.sendResponseHeaders(503, -1);
                return;
            }
            x.getResponseHeaders().set("X-Gnutella-Content-URN", "urn:sha1:" + sha1);
            if (x.getRequestMethod().equals("HEAD")) {
                x.getResponseHeaders().set("Content-Length", Integer.toString(content.length));
                x.sendResponseHeaders(200, -1);
                return;
            }
            int start = 0;
            int end = content.length - 1;
            Matcher m = range == null ? null : RANGE.matcher(range);
            if (m != null && m.matches()) {
                start = Integer.parseInt(m.group(1));
                end = Math.min(end, Integer.parseInt(m.group(2)));
                x.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + end + "/" + content.length);
            }
            byte[] body = java.util.Arrays.copyOfRange(content, start, end + 1);
            if (corruptFrom >= 0) {
                for (int i = 0; i < body.length; i++) {
                    if (start + i >= corruptFrom) {
                        body[i] ^= 0x5A;
                    }
                }
            }
            x.sendResponseHeaders(m != null ? 206 : 200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
            bodyBytes.addAndGet(body.length);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
