package org.filbert.wire.internal;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;

/**
 * Inflates a zlib stream, possibly fed in several chunks, refusing to produce more than a fixed number
 * of bytes: output is produced in small steps and the stream is rejected as soon as the cap is passed,
 * so a zlib bomb never allocates beyond the cap. Mutable, not thread-safe; call {@link #close()}.
 */
public final class CappedInflater implements AutoCloseable {
    private static final int STEP = 4096;

    private final Inflater inflater = new Inflater();
    private final int cap;
    private final DropReason limitReason;
    private final DropReason badDataReason;
    private final byte[] step = new byte[STEP];
    private int produced;

    public CappedInflater(int cap, DropReason limitReason, DropReason badDataReason) {
        this.cap = cap;
        this.limitReason = limitReason;
        this.badDataReason = badDataReason;
    }

    /** Inflates a complete zlib stream in one go. */
    public static byte[] inflateAll(byte[] compressed, int cap, DropReason limitReason, DropReason badDataReason)
            throws WireException {
        try (CappedInflater inflater = new CappedInflater(cap, limitReason, badDataReason)) {
            byte[] out = inflater.feed(compressed);
            if (!inflater.finished()) {
                throw new WireException(badDataReason, "zlib stream is incomplete");
            }
            return out;
        }
    }

    /** Feeds the next chunk of the stream and returns the bytes it inflated to. */
    public byte[] feed(byte[] chunk) throws WireException {
        PayloadWriter out = new PayloadWriter(Math.min(cap, chunk.length * 4 + 16));
        if (inflater.finished()) {
            if (chunk.length > 0) {
                throw new WireException(badDataReason, "data after the end of the zlib stream");
            }
            return new byte[0];
        }
        inflater.setInput(chunk);
        try {
            while (!inflater.finished() && !inflater.needsInput()) {
                if (inflater.needsDictionary()) {
                    throw new WireException(badDataReason, "zlib stream needs a preset dictionary");
                }
                int n = inflater.inflate(step, 0, Math.min(STEP, cap - produced + 1));
                produced += n;
                if (produced > cap) {
                    throw new WireException(limitReason, "inflated data exceeds " + cap + " bytes");
                }
                out.bytes(step, 0, n);
            }
        } catch (DataFormatException e) {
            throw new WireException(badDataReason, "corrupt zlib data: " + e.getMessage(), e);
        }
        if (inflater.finished() && inflater.getRemaining() > 0) {
            throw new WireException(badDataReason, "data after the end of the zlib stream");
        }
        return out.toByteArray();
    }

    public boolean finished() {
        return inflater.finished();
    }

    @Override
    public void close() {
        inflater.end();
    }
}
