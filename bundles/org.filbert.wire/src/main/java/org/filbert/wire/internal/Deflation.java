package org.filbert.wire.internal;

import java.util.zip.Deflater;

/**
 * One-shot zlib (RFC 1950) compression with Java's default {@link Deflater}. Stateless, thread-safe.
 */
public final class Deflation {
    private Deflation() {
    }

    public static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(data);
            deflater.finish();
            PayloadWriter out = new PayloadWriter(data.length / 2 + 32);
            byte[] step = new byte[4096];
            while (!deflater.finished()) {
                int n = deflater.deflate(step);
                out.bytes(step, 0, n);
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
