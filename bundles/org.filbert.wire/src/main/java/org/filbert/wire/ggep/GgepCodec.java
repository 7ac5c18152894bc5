package org.filbert.wire.ggep;

import java.util.List;

import io.netty.buffer.ByteBuf;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Deflation;
import org.filbert.wire.internal.GgepParser;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * Encodes and decodes GGEP blocks. Encoding deflates, then COBS-encodes, the extensions that ask for
 * it, and always uses the shortest length form. Stateless, thread-safe.
 */
public final class GgepCodec {
    private GgepCodec() {
    }

    /** Decodes one block starting at the reader index (which must hold the 0xC3 magic) and consumes it. */
    public static GgepBlock decode(ByteBuf in, WireLimits limits) throws WireException {
        byte[] data = new byte[in.readableBytes()];
        in.getBytes(in.readerIndex(), data);
        PayloadReader reader = new PayloadReader(data);
        GgepBlock block = GgepParser.parse(reader, limits);
        in.skipBytes(reader.position());
        return block;
    }

    public static void encode(GgepBlock block, ByteBuf out) {
        out.writeBytes(encode(block));
    }

    /** The wire bytes of a block; nothing for an empty block. */
    public static byte[] encode(GgepBlock block) {
        List<GgepExtension> extensions = block.extensions();
        if (extensions.isEmpty()) {
            return new byte[0];
        }
        int count = extensions.size();
        byte[][] wires = new byte[count][];
        int size = 1;
        for (int i = 0; i < count; i++) {
            GgepExtension extension = extensions.get(i);
            byte[] wire = extension.dataNoCopy();
            if (extension.deflate()) {
                wire = Deflation.deflate(wire);
            }
            if (extension.cobs()) {
                wire = Cobs.encode(wire);
            }
            wires[i] = wire;
            size += 1 + extension.id().length() + GgepLength.size(wire.length) + wire.length;
        }
        PayloadWriter out = new PayloadWriter(size);
        out.u8(GgepBlock.MAGIC);
        for (int i = 0; i < count; i++) {
            GgepExtension extension = extensions.get(i);
            String id = extension.id();
            int flags = id.length()
                    | (i == count - 1 ? 0x80 : 0)
                    | (extension.cobs() ? 0x40 : 0)
                    | (extension.deflate() ? 0x20 : 0);
            out.u8(flags).latin1(id);
            GgepLength.write(wires[i].length, out);
            out.bytes(wires[i]);
        }
        return out.toByteArray();
    }
}
