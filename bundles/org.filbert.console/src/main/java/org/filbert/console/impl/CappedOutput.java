package org.filbert.console.impl;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Collects one command's output up to a limit; what goes past it is counted, not kept.
 * Thread-safe: Gogo pipelines may write from several threads.
 */
final class CappedOutput extends OutputStream {

    private final int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private long dropped;

    CappedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (bytes.size() < limit) {
            bytes.write(b);
        } else {
            dropped++;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.min(len, limit - bytes.size());
        bytes.write(b, off, room);
        dropped += len - room;
    }

    /** Returns what was collected (with a note when cut) and starts afresh. */
    synchronized String take() {
        String text = bytes.toString(StandardCharsets.UTF_8);
        if (dropped > 0) {
            text += "\n[output cut: " + dropped + " more bytes over the console's limit of " + limit + "]\n";
        }
        bytes.reset();
        dropped = 0;
        return text;
    }
}
