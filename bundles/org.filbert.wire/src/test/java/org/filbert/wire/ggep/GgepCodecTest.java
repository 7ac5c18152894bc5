package org.filbert.wire.ggep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.HexFormat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Deflation;
import org.filbert.wire.internal.ExtensionAreaParser;
import org.filbert.wire.internal.GgepParser;
import org.filbert.wire.internal.PayloadReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Edge cases of GGEP lengths, COBS, vlint, deflate caps and extension areas. Stateless; thread-safe. */
class GgepCodecTest {
    private static final HexFormat HEX = HexFormat.of();

    @ParameterizedTest
    @CsvSource({"0,40", "1,41", "63,7f", "64,8140", "4095,bf7f", "4096,818040", "262143,bfbf7f"})
    void lengthEncoding(int length, String hex) throws Exception {
        assertThat(HEX.formatHex(GgepLength.encode(length))).isEqualTo(hex);
        GgepBlock block = GgepBlock.of(GgepExtension.of("X", new byte[length]));
        byte[] wire = GgepCodec.encode(block);
        assertThat(HEX.formatHex(wire, 0, 3 + hex.length() / 2)).isEqualTo("c38158" + hex);
        assertThat(decode(wire, WireLimits.DEFAULT.maxPayloadSize() * 8)).isEqualTo(block);
    }

    @ParameterizedTest
    @CsvSource({"'',01", "00,0101", "11220033,0311220233", "0000,010101"})
    void cobsVectors(String plain, String encoded) {
        assertThat(HEX.formatHex(Cobs.encode(HEX.parseHex(plain)))).isEqualTo(encoded);
        assertThat(Cobs.decode(HEX.parseHex(encoded))).hasValueSatisfying(v -> assertThat(v).isEqualTo(HEX.parseHex(plain)));
    }

    @Test
    void cobsLongRuns() {
        for (int n : new int[] {253, 254, 255, 508, 509}) {
            for (boolean trailingZero : new boolean[] {false, true}) {
                byte[] data = new byte[n + (trailingZero ? 1 : 0)];
                Arrays.fill(data, 0, n, (byte) 7);
                byte[] encoded = Cobs.encode(data);
                for (byte b : encoded) {
                    assertThat(b).isNotZero();
                }
                assertThat(Cobs.decode(encoded)).hasValueSatisfying(v -> assertThat(v).isEqualTo(data));
            }
        }
        assertThat(Cobs.decode(HEX.parseHex("0500"))).isEmpty();
        assertThat(Cobs.decode(HEX.parseHex("00"))).isEmpty();
    }

    @Test
    void vlint() {
        assertThat(Vlint.encode(0)).containsExactly(0);
        assertThat(Vlint.encode(0x27)).containsExactly(0x27);
        assertThat(HEX.formatHex(Vlint.encode(1795365396L))).isEqualTo("141a036b");
        assertThat(HEX.formatHex(Vlint.encode(0x1_0000_0000L))).isEqualTo("0000000001");
        assertThat(Vlint.decode(HEX.parseHex("141a036b"))).isEqualTo(1795365396L);
        assertThat(Vlint.decode(new byte[0])).isZero();
    }

    @Test
    void cobsAndDeflateRoundTrip() throws Exception {
        byte[] data = new byte[3000];
        Arrays.fill(data, 1000, 2000, (byte) 0x41);
        GgepBlock block = GgepBlock.of(new GgepExtension("ALT", data, true, true), GgepExtension.flag("TLS"),
                new GgepExtension("Z", data, true, false), new GgepExtension("C", data, false, true));
        byte[] wire = GgepCodec.encode(block);
        assertThat(decode(wire, WireLimits.DEFAULT.maxGgepInflatedSize())).isEqualTo(block);
    }

    @Test
    void zlibBombStopsAtTheCap() {
        byte[] bomb = Deflation.deflate(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(60_000);
        byte[] length = GgepLength.encode(bomb.length);
        byte[] block = new byte[3 + length.length + bomb.length];
        block[0] = (byte) GgepBlock.MAGIC;
        block[1] = (byte) (0x80 | 0x20 | 1);
        block[2] = 'B';
        System.arraycopy(length, 0, block, 3, length.length);
        System.arraycopy(bomb, 0, block, 3 + length.length, bomb.length);
        assertThatThrownBy(() -> decode(block, 64 * 1024))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.reason()).isEqualTo(DropReason.GGEP_INFLATE_LIMIT));
    }

    @Test
    void malformedBlocksAreRejected() {
        assertReason("c3904140", DropReason.BAD_GGEP);          // reserved bit
        assertReason("c38058", DropReason.BAD_GGEP);            // zero-length ID
        assertReason("c381580040", DropReason.BAD_GGEP);         // length chunk without marker bits
        assertReason("c38158c040", DropReason.BAD_GGEP);         // both marker bits
        assertReason("c3815880808040", DropReason.BAD_GGEP);     // four length chunks
        assertReason("c381004140", DropReason.BAD_GGEP);         // NUL in ID
        assertReason("c3815845", DropReason.TRUNCATED);          // data shorter than its length
        assertReason("c3015840", DropReason.TRUNCATED);          // no last extension
        assertReason("c3a1584101", DropReason.BAD_GGEP);         // deflate flag on non-zlib data
    }

    @Test
    void tooManyExtensions() {
        WireLimits limits = new WireLimits(65536, 65536, 2, 32, 1024, 1024, 1024, 64, 16384, 255);
        assertThatThrownBy(() -> GgepParser.parse(new PayloadReader(HEX.parseHex("c3015840015940815a40")), limits))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.reason()).isEqualTo(DropReason.TOO_MANY_GGEP_EXTENSIONS));
    }

    @Test
    void extensionAreaMixesUrnsAndSeveralGgepBlocks() throws Exception {
        String urn = "urn:sha1:KYHTBPH5ZAXHKLXVJ3YKNGX6UG2VNOFG";
        byte[] area = HEX.parseHex(HEX.formatHex(urn.getBytes()) + "1c" + "c3825052401c" + "c382424840" + "00"
                + "c3815840" + "1c" + HEX.formatHex("urn:".getBytes()));
        ExtensionBlock block = ExtensionAreaParser.parseToEnd(new PayloadReader(area), WireLimits.DEFAULT);
        assertThat(block.items()).hasSize(5);
        assertThat(block.items().get(0)).isInstanceOf(Urn.class);
        assertThat(block.ggep().ids()).containsExactly("PR", "BH", "X");
        assertThat(block.items().get(4)).isEqualTo(new OpaqueExtension("urn:".getBytes()));
        assertThat(block.urns()).extracting(Urn::text).containsExactly(urn);
    }

    @Test
    void hashExtension() {
        byte[] sha1 = new byte[20];
        sha1[0] = 1;
        Urn urn = Urn.sha1(sha1);
        GgepExtension h = GgepHash.encode(urn);
        assertThat(h.data()).hasSize(21).startsWith(1, 1);
        assertThat(GgepHash.decode(h)).contains(urn);
        Urn bitprint = Urn.bitprint(sha1, new byte[24]);
        assertThat(GgepHash.decode(GgepHash.encode(bitprint))).contains(bitprint);
        assertThat(GgepHash.decode(GgepExtension.of("H", new byte[] {3, 1}))).isEmpty();
        assertThat(Urn.parse(bitprint.text())).contains(bitprint);
        assertThat(Urn.parse("URN:SHA1:" + urn.sha1Base32().toLowerCase())).contains(urn);
        assertThat(Urn.parse("urn:sha1:TOOSHORT")).isEmpty();
    }

    private static void assertReason(String hex, DropReason reason) {
        assertThatThrownBy(() -> decode(HEX.parseHex(hex), 65536))
                .as(hex)
                .isInstanceOfSatisfying(WireException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static GgepBlock decode(byte[] wire, int inflateCap) throws WireException {
        WireLimits limits = new WireLimits(1 << 20, inflateCap, 64, 32, 1024, 1024, 1024, 64, 16384, 255);
        ByteBuf buf = Unpooled.wrappedBuffer(wire);
        try {
            GgepBlock block = GgepCodec.decode(buf, limits);
            assertThat(buf.isReadable()).isFalse();
            return block;
        } finally {
            buf.release();
        }
    }
}
