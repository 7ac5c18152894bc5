package org.filbert.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filbert.wire.Vectors.decode;
import static org.filbert.wire.Vectors.encode;
import static org.filbert.wire.Vectors.hex;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.qrp.QrpHash;
import org.filbert.wire.qrp.QrpTable;
import org.filbert.wire.vendor.Capabilities;
import org.filbert.wire.vendor.Capability;
import org.filbert.wire.vendor.MessagesSupported;
import org.filbert.wire.vendor.VendorKey;
import org.filbert.wire.vendor.VendorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden tests for limewire-after-handshake.hex and limewire-query-hit.hex. Stateless; thread-safe. */
class LimewireGoldenTest {
    private static final Map<String, byte[]> AFTER = Vectors.hexFile("limewire-after-handshake.hex");
    private static final Map<String, byte[]> HITS = Vectors.hexFile("limewire-query-hit.hex");
    /** LimeWire pads these pings with a NUL after the GGEP block; see {@link #pingWithStrayNul()}. */
    private static final List<String> PADDED_PINGS = List.of("b.ping", "c.ping");

    static Stream<String> canonicalLabels() {
        return Stream.concat(AFTER.keySet().stream().filter(l -> !PADDED_PINGS.contains(l)).map(l -> "after:" + l),
                HITS.keySet().stream().map(l -> "hits:" + l));
    }

    @ParameterizedTest
    @MethodSource("canonicalLabels")
    void everyCanonicalMessageRoundTrips(String label) throws Exception {
        byte[] wire = label.startsWith("after:") ? AFTER.get(label.substring(6)) : HITS.get(label.substring(5));
        assertThat(encode(decode(wire))).as(label).isEqualTo(wire);
    }

    /**
     * Not byte-exact: LimeWire sends one NUL after the ping's GGEP block. The decoder drops that
     * padding, so the re-encoding is the original minus its last byte and with a payload length of 8.
     */
    @Test
    void pingWithStrayNul() throws Exception {
        for (String label : PADDED_PINGS) {
            byte[] wire = AFTER.get(label);
            Ping ping = (Ping) decode(wire);
            assertThat(ping.routing().ttl()).isEqualTo(3);
            assertThat(ping.ggep().ids()).containsExactly("LOC");
            assertThat(ping.ggep().get("LOC").orElseThrow().data()).isEqualTo("en".getBytes());
            byte[] expected = Arrays.copyOf(wire, wire.length - 1);
            expected[19] = 8;
            assertThat(encode(ping)).isEqualTo(expected);
        }
    }

    @Test
    void messagesSupportedAndCapabilities() throws Exception {
        MessagesSupported ms = (MessagesSupported) VendorRegistry.standard()
                .decode((VendorMessage) decode(AFTER.get("a.ms")), WireLimits.DEFAULT);
        assertThat(ms.messages()).hasSize(11).startsWith(VendorKey.of(VendorKey.LIME, 8, 1))
                .endsWith(VendorKey.of(VendorKey.BEAR, 11, 1));
        assertThat(ms.supports(VendorKey.GTKG, 7)).isTrue();
        Capabilities caps = (Capabilities) VendorRegistry.standard()
                .decode((VendorMessage) decode(AFTER.get("a.caps")), WireLimits.DEFAULT);
        assertThat(caps.version()).isEqualTo(1);
        assertThat(caps.capabilities()).containsExactly(new Capability("F2FT", 0), new Capability("IMPP", 65535),
                new Capability("LMUP", 65535), new Capability("TCPI", 1), new Capability("WHAT", 1));
        assertThat(caps.wideCapabilities()).containsExactly(new Capability("IMPP", 2147483647L),
                new Capability("LMUP", 2147483647L));
        assertThat(caps.versionOf("IMPP")).contains(2147483647L);
    }

    @Test
    void pongs() throws Exception {
        Pong own = (Pong) decode(AFTER.get("a.pong"));
        assertThat(own.host().toString()).isEqualTo("127.0.0.1:16346");
        assertThat(own.files()).isEqualTo(1);
        assertThat(own.kilobytes()).isEqualTo(8);
        assertThat(own.ggep().ids()).containsExactly("DHT", "DU", "LOC", "UP");
        assertThat(own.ggep().get("DU").orElseThrow().vlint()).isEqualTo(0x27);
        assertThat(own.ggep().get("LOC").orElseThrow().data()).isEqualTo(hex("656e01"));
        Pong cached = (Pong) decode(AFTER.get("a.pong-cached"));
        assertThat(cached.routing().hops()).isEqualTo(1);
        assertThat(cached.port()).isEqualTo(16347);
    }

    @Test
    void qrpTable() throws Exception {
        QrpReset reset = (QrpReset) decode(AFTER.get("b.qrp-reset"));
        assertThat(reset.tableLength()).isEqualTo(131072);
        assertThat(reset.infinity()).isEqualTo(7);
        QrpTable table = GtkgAfterHandshakeGoldenTest.apply(reset, (QrpPatch) decode(AFTER.get("b.qrp-patch")));
        int[] slots = {5603, 6310, 17087, 27937, 51352, 55278, 55697, 57174, 104278, 111425, 123266, 125867};
        assertThat(GtkgAfterHandshakeGoldenTest.presentSlots(table)).containsExactly(slots);
        assertThat(table.value(5603)).isEqualTo(1);
        String[] keywords = {"vector", "vecto", "vect", "lime", "local", "loca", "loc", "txt", "limewire", "wire",
                "pro", "limewirepro"};
        int[] hashes = {123266, 51352, 17087, 125867, 55278, 104278, 57174, 55697, 27937, 6310, 111425, 5603};
        for (int i = 0; i < keywords.length; i++) {
            assertThat(QrpHash.hash(keywords[i], 17)).as(keywords[i]).isEqualTo(hashes[i]);
        }
    }

    @Test
    void localHitWithXmlAndChatByte() throws Exception {
        QueryHit hit = (QueryHit) decode(HITS.get("h1a.lw-hit-local"));
        assertThat(hit.routing().hops()).isZero();
        assertThat(hit.host().toString()).isEqualTo("127.0.0.1:16346");
        assertThat(hit.speed()).isEqualTo(350);
        assertThat(hit.serventGuid()).isEqualTo(Guid.fromHex("f5626b54c4d7dbba01f9dc39d3ea6e00"));
        QueryHitResult result = hit.results().get(0);
        assertThat(result.index()).isZero();
        assertThat(result.fileSize()).isEqualTo(54);
        assertThat(result.name()).isEqualTo("vector lime local.txt");
        assertThat(result.sha1().orElseThrow().sha1Base32()).isEqualTo("EJK3WVG3C3D525KGX2GJ3NXWZMU6I7UE");
        assertThat(result.sha1().orElseThrow().sha1()).isEqualTo(hex("2255bb54db16c7dd7546be8c9db6f6cb29e47e84"));
        assertThat(result.creationTime()).contains(1795365649L);
        QueryHitTrailer trailer = hit.trailer().orElseThrow();
        assertThat(trailer.vendor()).isEqualTo(VendorCode.of("LIME"));
        assertThat(trailer.openData()).isEqualTo(hex("3c210300"));
        assertLimeFlags(trailer.flags().orElseThrow());
        assertThat(trailer.privatePrefix()).isEqualTo(new byte[] {0});
        assertThat(trailer.ggep().ids()).containsExactly("BH");
        assertThat(trailer.privateSuffix()).isEmpty();
        assertThat(trailer.xml()).isEqualTo(hex("7b7d00"));
        assertThat(decode(HITS.get("h2a.lw-hit-local"))).isEqualTo(hit.withRouting(
                new Routing(Guid.fromHex("fb263542b20a253bff718e08478d4700"), 2, 0)));
    }

    @Test
    void routedHitWithReturnPath() throws Exception {
        QueryHit hit = (QueryHit) decode(HITS.get("h1b.lw-hit-routed"));
        assertThat(hit.routing().hops()).isEqualTo(1);
        assertThat(hit.port()).isEqualTo(16347);
        QueryHitResult result = hit.results().get(0);
        assertThat(result.name()).isEqualTo("vector lime sample.txt");
        assertThat(result.fileSize()).isEqualTo(62);
        assertThat(result.sha1().orElseThrow().sha1Base32()).isEqualTo("GTW7QBWG7GFJ6HCSURZVFRQ5JOMNBQWD");
        QueryHitTrailer trailer = hit.trailer().orElseThrow();
        assertLimeFlags(trailer.flags().orElseThrow());
        assertThat(trailer.privatePrefix()).isEmpty();
        assertThat(trailer.ggep().ids()).containsExactly("BH", "RPH0", "RPI0", "RPS0", "RPT0");
        assertThat(trailer.ggep().get("RPI0").map(GgepExtension::data)).hasValue(hex("7f0000013fda"));
        assertThat(trailer.xml()).isEqualTo(hex("7b7d00"));
        assertThat(hit.serventGuid()).isEqualTo(Guid.fromHex("8bfb239cd69bda4d6d818927a896b500"));
    }

    private static void assertLimeFlags(HitFlags flags) {
        assertThat(flags.push()).isEqualTo(FlagValue.NO);
        assertThat(flags.busy()).isEqualTo(FlagValue.NO);
        assertThat(flags.uploaded()).isEqualTo(FlagValue.NO);
        assertThat(flags.speedMeasured()).isEqualTo(FlagValue.NO);
        assertThat(flags.ggep()).isEqualTo(FlagValue.YES);
    }
}
