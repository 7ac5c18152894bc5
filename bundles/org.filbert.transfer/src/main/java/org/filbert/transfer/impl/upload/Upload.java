package org.filbert.transfer.impl.upload;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.filbert.transfer.api.UploadInfo;

/**
 * One downloader's connection as the slots and {@code uploads} see it: who it is, the file
 * and range it asked for last, and how far the sending has come. Written on the
 * connection's event loop, read from any thread (volatile fields; a snapshot may mix two
 * requests' values for an instant, which a listing tolerates).
 */
final class Upload {

    private final int id;
    private final String peer;
    private final String ip;
    private final LongSupplier nanoClock;
    private volatile String agent = "";
    private volatile String name = "";
    private volatile long first;
    private volatile long last = -1;
    private volatile long sent;
    private volatile long startedNanos;

    Upload(int id, String peer, String ip, LongSupplier nanoClock) {
        this.id = id;
        this.peer = peer;
        this.ip = ip;
        this.nanoClock = nanoClock;
    }

    /** The downloader's IP address, the key of the per-host limit. */
    String ip() {
        return ip;
    }

    /** A request arrived for this file and range: the progress starts again. */
    void requested(String userAgent, String fileName, ByteRange range) {
        agent = userAgent;
        name = fileName;
        first = range.first();
        last = range.last();
        sent = 0;
        startedNanos = nanoClock.getAsLong();
    }

    /** Bytes of the current range sent so far. */
    void sent(long bytes) {
        sent = bytes;
    }

    /** What user interfaces show; {@code queuePosition} 0 while sending. */
    UploadInfo info(int queuePosition) {
        long elapsed = nanoClock.getAsLong() - startedNanos;
        long done = sent;
        long rate = queuePosition > 0 || elapsed <= 0 ? 0 : done * TimeUnit.SECONDS.toNanos(1) / elapsed;
        return new UploadInfo(id, peer, agent, name, first, last, done, queuePosition, rate);
    }
}
