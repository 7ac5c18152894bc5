package org.filbert.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filbert.wire.Vectors.decode;
import static org.filbert.wire.Vectors.encode;
import static org.filbert.wire.Vectors.hex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.Inflater;

import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.qrp.QrpHash;
import org.filbert.wire.qrp.QrpPatchReceiver;
import org.filbert.wire.qrp.QrpTable;
import org.filbert.wire.vendor.Capabilities;
import org.filbert.wire.vendor.Capability;
import org.filbert.wire.vendor.MessagesSupported;
import org.filbert.wire.vendor.PushProxyRequest;
import org.filbert.wire.vendor.TcpConnectBack;
import org.filbert.wire.vendor.VendorKey;
import org.filbert.wire.vendor.VendorPayload;
import org.filbert.wire.vendor.VendorRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden tests for gtkg-after-handshake.hex. Stateless; thread-safe. */
class GtkgAfterHandshakeGoldenTest {
    private static final Map<String, byte[]> V = Vectors.hexFile("gtkg-after-handshake.hex");

    static List<String> messageLabels() {
        return V.keySet().stream().filter(label -> !label.startsWith("a.z")).toList();
    }

    /** Every message in the file re-encodes to identical bytes. */
    @ParameterizedTest
    @MethodSource("messageLabels")
    void everyMessageRoundTrips(String label) throws Exception {
        byte[] wire = V.get(label);
        assertThat(encode(decode(wire))).as(label).isEqualTo(wire);
    }

    @Test
    void zlibChunksInflateToTheListedMessages() throws Exception {
        Inflater inflater = new Inflater();
        try {
            byte[] first = inflate(inflater, V.get("a.z1"));
            byte[] second = inflate(inflater, V.get("a.z2"));
            byte[] ms = V.get("a.ms");
            byte[] fs = V.get("a.fs");
            assertThat(first).isEqualTo(concat(ms, fs));
            assertThat(second).isEqualTo(V.get("a.pong"));
            assertThat(decode(Arrays.copyOfRange(first, 0, ms.length))).isInstanceOf(VendorMessage.class);
            assertThat(decode(Arrays.copyOfRange(first, ms.length, first.length))).isInstanceOf(VendorMessage.class);
            assertThat(decode(second)).isInstanceOf(Pong.class);
        } finally {
            inflater.end();
        }
    }

    @Test
    void messagesSupportedHas27Entries() throws Exception {
        VendorMessage vm = (VendorMessage) decode(V.get("a.ms"));
        assertThat(vm.routing()).isEqualTo(new Routing(Guid.ZERO, 1, 0));
        VendorPayload payload = VendorRegistry.standard().decode(vm, WireLimits.DEFAULT);
        MessagesSupported ms = (MessagesSupported) payload;
        assertThat(ms.messages()).hasSize(27);
        assertThat(ms.messages().get(0)).isEqualTo(VendorKey.of(VendorKey.BEAR, 4, 1));
        assertThat(ms.messages()).contains(VendorKey.of(VendorKey.GTKG, 7, 2), VendorKey.of(VendorKey.LIME, 13, 1));
        assertThat(ms.messages().get(26)).isEqualTo(VendorKey.of(VendorKey.LIME, 24, 2));
        assertThat(ms.toMessage(vm.routing())).isEqualTo(vm);
    }

    @Test
    void featuresSupported() throws Exception {
        Capabilities a = capabilities("a.fs");
        assertThat(a.version()).isZero();
        assertThat(a.capabilities()).containsExactly(new Capability("HSEP", 1), new Capability("WHAT", 1),
                new Capability("QRP1", 1), new Capability("F2FT", 65535), new Capability("TCPI", 1),
                new Capability("TLS!", 1));
        assertThat(capabilities("c.fs").capabilities()).hasSize(7).endsWith(new Capability("ADHT", 0));
        assertThat(capabilities("e.fs").versionOf("TCPI")).contains(0L);
    }

    @Test
    void pongWithGgep() throws Exception {
        Pong pong = (Pong) decode(V.get("a.pong"));
        assertThat(pong.routing()).isEqualTo(new Routing(Guid.fromHex("d2eda9fb4edcb670ff8b7586fc7af700"), 1, 0));
        assertThat(pong.host().toString()).isEqualTo("127.0.0.1:36101");
        assertThat(pong.files()).isZero();
        assertThat(pong.kilobytes()).isEqualTo(8);
        assertThat(pong.ggep().ids()).containsExactly("VC", "GUE", "UP", "DU", "TLS");
        assertThat(pong.ggep().get("VC").orElseThrow().data()).isEqualTo(hex("47544b4783"));
        assertThat(pong.ggep().get("UP").orElseThrow().data()).isEqualTo(hex("02171e"));
        assertThat(pong.ggep().get("DU").orElseThrow().vlint()).isEqualTo(6);
        assertThat(pong.ggep().get("TLS").orElseThrow().dataLength()).isZero();

        Pong leaf = (Pong) decode(V.get("f.pong"));
        assertThat(leaf.port()).isEqualTo(36102);
        assertThat(leaf.files()).isEqualTo(2);
        assertThat(leaf.kilobytes()).isEqualTo(69);
        assertThat(leaf.ggep().ids()).containsExactly("VC", "DU", "TLS");
    }

    @Test
    void pingsWithGgep() throws Exception {
        Ping b = (Ping) decode(V.get("b.ping"));
        assertThat(b.routing().ttl()).isEqualTo(4);
        assertThat(b.ggep()).isEqualTo(GgepBlock.of(GgepExtension.of("SCP", new byte[] {3})));
        Ping c = (Ping) decode(V.get("c.ping"));
        assertThat(c.ggep().ids()).containsExactly("SCP", "DHTIPP");
        Ping empty = (Ping) decode(V.get("a.probe-ping"));
        assertThat(empty.ggep().isEmpty()).isTrue();
        Ping e = (Ping) decode(V.get("e.ping"));
        assertThat(e.ggep().get("SCP").orElseThrow().data()).isEqualTo(new byte[] {2});
    }

    @Test
    void qrpResetAndEmptyPatch() throws Exception {
        QrpReset reset = (QrpReset) decode(V.get("b.qrp-reset"));
        assertThat(reset.tableLength()).isEqualTo(16384);
        assertThat(reset.infinity()).isEqualTo(2);
        assertThat(reset.hashBits()).isEqualTo(14);
        QrpPatch patch = (QrpPatch) decode(V.get("b.qrp-patch"));
        assertThat(patch.sequenceNumber()).isEqualTo(1);
        assertThat(patch.sequenceSize()).isEqualTo(1);
        assertThat(patch.compressor()).isEqualTo(QrpPatch.COMPRESSOR_ZLIB);
        assertThat(patch.entryBits()).isEqualTo(4);
        assertThat(apply(reset, patch).presentCount()).isZero();
    }

    @Test
    void qrpPatchWithKeywords() throws Exception {
        QrpReset reset = (QrpReset) decode(V.get("c.qrp-reset"));
        QrpTable table = apply(reset, (QrpPatch) decode(V.get("c.qrp-patch")));
        int[] expected = {2135, 2676, 6419, 6962, 11070, 11099, 11515, 11628, 12325, 13287, 15408};
        assertThat(presentSlots(table)).containsExactly(expected);
        for (int slot : expected) {
            assertThat(table.value(slot)).isEqualTo(1);
        }
        String[] keywords = {"vector", "vecto", "vect", "sample", "sampl", "samp", "alpha", "alph", "beta", "bin", "txt"};
        int[] hashes = {15408, 6419, 2135, 11070, 12325, 11628, 11515, 11099, 2676, 13287, 6962};
        for (int i = 0; i < keywords.length; i++) {
            assertThat(QrpHash.hash(keywords[i], 14)).as(keywords[i]).isEqualTo(hashes[i]);
            assertThat(table.containsKeyword(keywords[i])).isTrue();
        }
        QrpTable gui = apply((QrpReset) decode(V.get("e.qrp-reset")), (QrpPatch) decode(V.get("e.qrp-patch")));
        assertThat(presentSlots(gui)).containsExactly(2135, 6419, 6937, 6962, 7352, 15408, 15853);
        assertThat(gui.containsKeyword("gamma")).isTrue();
        assertThat(gui.containsKeyword("gui")).isTrue();
        QrpTable leaf = apply((QrpReset) decode(V.get("f.qrp-reset")), (QrpPatch) decode(V.get("f.qrp-patch")));
        assertThat(leaf).isEqualTo(table);
    }

    @Test
    void bear7AndLime21() throws Exception {
        VendorMessage bear7 = (VendorMessage) decode(V.get("e.bear7"));
        assertThat(VendorRegistry.standard().decode(bear7, WireLimits.DEFAULT)).isEqualTo(new TcpConnectBack(36103));
        VendorMessage lime21 = (VendorMessage) decode(V.get("e.lime21"));
        assertThat(VendorRegistry.standard().decode(lime21, WireLimits.DEFAULT)).isEqualTo(new PushProxyRequest(1));
        assertThat(lime21.routing().guid()).isEqualTo(Guid.fromHex("6ef83102df8655952eb6b80890deaf63"));
    }

    @Test
    void byeWithCode201() throws Exception {
        Bye bye = (Bye) decode(V.get("g.bye"));
        assertThat(bye.code()).isEqualTo(201);
        assertThat(bye.message()).startsWith("User manual removal\r\nServer: gtk-gnutella/1.2.3-14-ga331a-dirty")
                .endsWith("Linux x86_64)\r\n\r\n");
    }

    private static Capabilities capabilities(String label) throws Exception {
        return (Capabilities) VendorRegistry.standard().decode((VendorMessage) decode(V.get(label)), WireLimits.DEFAULT);
    }

    static QrpTable apply(QrpReset reset, QrpPatch patch) throws WireException {
        try (QrpPatchReceiver receiver = new QrpPatchReceiver(WireLimits.DEFAULT)) {
            receiver.reset(reset);
            assertThat(receiver.apply(patch)).isTrue();
            return receiver.table().orElseThrow();
        }
    }

    static int[] presentSlots(QrpTable table) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < table.length(); i++) {
            if (table.present(i)) {
                slots.add(i);
            }
        }
        return slots.stream().mapToInt(Integer::intValue).toArray();
    }

    private static byte[] inflate(Inflater inflater, byte[] chunk) throws Exception {
        inflater.setInput(chunk);
        byte[] buffer = new byte[4096];
        int n = inflater.inflate(buffer);
        assertThat(inflater.needsInput()).isTrue();
        return Arrays.copyOf(buffer, n);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
