package org.filbert.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.filbert.wire.ggep.GgepCodec;
import org.filbert.wire.handshake.HandshakeParser;
import org.filbert.wire.internal.Deflation;
import org.filbert.wire.qrp.QrpPatchReceiver;
import org.filbert.wire.vendor.VendorKey;
import org.filbert.wire.vendor.VendorRegistry;

/**
 * Arbitrary and mutated bytes fed to every decoder: each returns a value or throws
 * {@link WireException}; any other exception fails the property.
 * Stateless apart from JUnit/jqwik fixtures; thread-safe.
 */
class FuzzProperties {
    private static final List<byte[]> GOLDEN = golden();

    private static List<byte[]> golden() {
        List<byte[]> out = new ArrayList<>();
        for (String file : List.of("gtkg-after-handshake.hex", "gtkg-query-hit.hex", "limewire-after-handshake.hex",
                "limewire-query-hit.hex")) {
            Map<String, byte[]> vectors = Vectors.hexFile(file);
            vectors.forEach((label, bytes) -> {
                if (!label.startsWith("a.z")) {
                    out.add(bytes);
                }
            });
        }
        return out;
    }

    @Property(tries = 1000)
    void payloadDecodersNeverThrowAnythingElse(@ForAll("typeCodes") int type, @ForAll @Size(max = 300) byte[] payload) {
        Header header = new Header(Guid.ZERO, type, 1, 0, payload.length);
        try {
            Messages.decodePayload(header, payload, WireLimits.DEFAULT);
        } catch (WireException expected) {
            // rejected with a reason: fine
        }
    }

    @Property(tries = 2000)
    void mutatedGoldenMessagesNeverThrowAnythingElse(@ForAll @IntRange(min = 0, max = 1000) int pick,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 100_000) Integer> positions,
            @ForAll @Size(min = 8, max = 8) byte[] values, @ForAll @IntRange(min = 0, max = 400) int cut) {
        byte[] wire = GOLDEN.get(pick % GOLDEN.size()).clone();
        for (int i = 0; i < positions.size(); i++) {
            int at = Header.SIZE + positions.get(i) % Math.max(1, wire.length - Header.SIZE);
            if (at < wire.length) {
                wire[at] = values[i];
            }
        }
        byte[] payload = Arrays.copyOfRange(wire, Header.SIZE, Math.max(Header.SIZE, wire.length - cut % 8));
        Header header = new Header(Guid.ZERO, wire[16] & 0xFF, 1, 0, payload.length);
        try {
            Message message = Messages.decodePayload(header, payload, WireLimits.DEFAULT);
            if (message instanceof VendorMessage vm) {
                VendorRegistry.standard().decode(vm, WireLimits.DEFAULT);
            }
        } catch (WireException expected) {
            // rejected with a reason: fine
        }
    }

    @Property
    void streamDecoderNeverThrowsAnythingElse(@ForAll @Size(max = 200) byte[] wire) {
        ByteBuf buf = Unpooled.wrappedBuffer(wire);
        try {
            Messages.decode(buf, WireLimits.DEFAULT);
        } catch (WireException expected) {
            // rejected with a reason: fine
        } finally {
            buf.release();
        }
    }

    @Property(tries = 1000)
    void ggepDecoderNeverThrowsAnythingElse(@ForAll @Size(max = 100) byte[] tail, @ForAll boolean deflateTail) {
        byte[] body = deflateTail ? withDeflatedData(tail) : tail;
        byte[] wire = new byte[body.length + 1];
        wire[0] = (byte) 0xC3;
        System.arraycopy(body, 0, wire, 1, body.length);
        ByteBuf buf = Unpooled.wrappedBuffer(wire);
        try {
            GgepCodec.decode(buf, WireLimits.DEFAULT);
        } catch (WireException expected) {
            // rejected with a reason: fine
        } finally {
            buf.release();
        }
    }

    @Property(tries = 1000)
    void qrpPatchApplicationNeverThrowsAnythingElse(@ForAll @IntRange(min = 0, max = 8) int tableBits,
            @ForAll @IntRange(min = 1, max = 255) int infinity, @ForAll @IntRange(min = 1, max = 3) int size,
            @ForAll("entryBits") int entryBits, @ForAll boolean zlib, @ForAll @Size(max = 3) List<@Size(max = 80) byte[]> chunks) {
        try (QrpPatchReceiver receiver = new QrpPatchReceiver(WireLimits.DEFAULT)) {
            receiver.reset(new QrpReset(Routing.direct(Guid.ZERO), 1 << tableBits, infinity));
            byte[] all = zlib ? Deflation.deflate(concat(chunks)) : concat(chunks);
            int step = Math.max(1, (all.length + size - 1) / size);
            for (int i = 0; i < size; i++) {
                byte[] part = Arrays.copyOfRange(all, Math.min(all.length, i * step), Math.min(all.length, (i + 1) * step));
                receiver.apply(new QrpPatch(Routing.direct(Guid.ZERO), i + 1, size, zlib ? 1 : 0, entryBits, part));
            }
        } catch (WireException expected) {
            // rejected with a reason: fine
        }
    }

    @Property(tries = 1000)
    void vendorPayloadDecodersNeverThrowAnythingElse(@ForAll("vendorKeys") VendorKey key,
            @ForAll @Size(max = 60) byte[] body) {
        VendorMessage message = VendorMessage.of(Routing.direct(Guid.ZERO), key.vendor(), key.selector(),
                key.version(), body);
        try {
            VendorRegistry.standard().decode(message, WireLimits.DEFAULT);
        } catch (WireException expected) {
            // rejected with a reason: fine
        }
    }

    @Property(tries = 1000)
    void handshakeParserNeverThrowsAnythingElse(@ForAll("handshakeBytes") byte[] data, @ForAll boolean prefixStartLine) {
        byte[] start = "GNUTELLA/0.6 200 OK\r\n".getBytes();
        byte[] input = prefixStartLine ? concat(List.of(start, data)) : data;
        ByteBuf buf = Unpooled.wrappedBuffer(input);
        HandshakeParser parser = new HandshakeParser(new WireLimits(65536, 65536, 64, 32, 1024, 1024, 40, 4, 200, 255));
        try {
            while (buf.isReadable() && parser.feed(buf).isPresent()) {
                prefixStartLine = false;
            }
        } catch (WireException expected) {
            // rejected with a reason: fine
        } finally {
            buf.release();
        }
    }

    @Provide
    Arbitrary<Integer> typeCodes() {
        return Arbitraries.oneOf(Arbitraries.of(0x00, 0x01, 0x02, 0x30, 0x31, 0x32, 0x40, 0x41, 0x44, 0x80, 0x81),
                Arbitraries.integers().between(0, 255));
    }

    @Provide
    Arbitrary<Integer> entryBits() {
        return Arbitraries.of(1, 2, 4, 8);
    }

    @Provide
    Arbitrary<VendorKey> vendorKeys() {
        List<VendorKey> keys = new ArrayList<>();
        for (VendorKey key : List.of(VendorKey.of(VendorCode.NONE, 0, 0), VendorKey.of(VendorCode.NONE, 10, 0),
                VendorKey.of(VendorCode.NONE, 10, 1), VendorKey.of(VendorKey.BEAR, 4, 1),
                VendorKey.of(VendorKey.BEAR, 7, 1), VendorKey.of(VendorKey.BEAR, 11, 1),
                VendorKey.of(VendorKey.BEAR, 12, 1), VendorKey.of(VendorKey.LIME, 13, 1))) {
            keys.add(key);
        }
        for (int version = 1; version <= 3; version++) {
            keys.add(VendorKey.of(VendorKey.LIME, 11, version));
            keys.add(VendorKey.of(VendorKey.LIME, 12, version));
        }
        for (int version = 1; version <= 2; version++) {
            keys.add(VendorKey.of(VendorKey.LIME, 21, version));
            keys.add(VendorKey.of(VendorKey.LIME, 22, version));
            keys.add(VendorKey.of(VendorKey.GTKG, 7, version));
        }
        return Arbitraries.of(keys);
    }

    @Provide
    Arbitrary<byte[]> handshakeBytes() {
        return Arbitraries.oneOf(Arbitraries.bytes(), Arbitraries.of((byte) '\r', (byte) '\n', (byte) ':',
                (byte) ' ', (byte) '\t', (byte) 'X')).array(byte[].class).ofMaxSize(300);
    }

    private static byte[] withDeflatedData(byte[] tail) {
        byte[] deflated = Deflation.deflate(tail);
        byte[] header = {(byte) 0xA1, 'D', (byte) (0x40 | Math.min(63, deflated.length))};
        return concat(List.of(header, deflated));
    }

    private static byte[] concat(List<byte[]> parts) {
        int total = parts.stream().mapToInt(p -> p.length).sum();
        byte[] out = new byte[total];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
