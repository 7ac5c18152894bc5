package org.filbert.wire.internal;

import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.GgepBlock;

/**
 * Reads the optional GGEP block that ends a ping, pong or push payload. NUL bytes after the block are
 * tolerated and dropped (LimeWire pads its pings with one); anything else is rejected.
 * Stateless, thread-safe.
 */
public final class TrailingGgep {
    private TrailingGgep() {
    }

    public static GgepBlock read(PayloadReader in, WireLimits limits) throws WireException {
        GgepBlock block = GgepBlock.EMPTY;
        if (in.peek() == GgepBlock.MAGIC) {
            block = GgepParser.parse(in, limits);
        }
        while (in.hasRemaining()) {
            if (in.u8() != 0) {
                throw new WireException(DropReason.TRAILING_BYTES,
                        "unexpected byte at offset " + (in.position() - 1));
            }
        }
        return block;
    }
}
