package org.filbert.wire.qrp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.filbert.wire.DropReason;
import org.filbert.wire.Guid;
import org.filbert.wire.QrpPatch;
import org.filbert.wire.QrpReset;
import org.filbert.wire.Routing;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.Deflation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** QRP hash vectors, patch building and patch application. Stateless; thread-safe. */
class QrpTest {
    private static final Routing ROUTING = Routing.direct(Guid.ZERO);

    @ParameterizedTest
    @CsvSource({"ebcklmenq,13,3527", "ndflalem,16,37658", "3NJA9,10,581", "'',13,0", "eb,13,6791", "ebc,13,7082",
            "n,16,65003", "EBCKLMENQ,13,3527"})
    void specHashVectors(String keyword, int bits, int expected) {
        assertThat(QrpHash.hash(keyword, bits)).isEqualTo(expected);
    }

    @Test
    void patchesBuiltFromADiffRebuildTheTable() throws Exception {
        QrpTable empty = new QrpTable(65536, 7);
        QrpTable current = empty.copy();
        for (String keyword : List.of("alpha", "beta", "gamma", "delta", "vector")) {
            current.addKeyword(keyword);
        }
        current.set(12345, 3);
        for (int bits : new int[] {4, 8}) {
            List<QrpPatch> patches = QrpPatchCodec.encode(empty, current, bits, 16, () -> Guid.ZERO);
            assertThat(patches.size()).isGreaterThan(1);
            assertThat(patches).allSatisfy(p -> assertThat(p.routing()).isEqualTo(ROUTING));
            assertThat(receive(new QrpReset(ROUTING, 65536, 7), patches)).isEqualTo(current);
        }
        QrpTable next = current.copy();
        next.set(QrpHash.hash("beta", 16), 7);
        try (QrpPatchReceiver receiver = new QrpPatchReceiver(WireLimits.DEFAULT)) {
            receiver.reset(new QrpReset(ROUTING, 65536, 7));
            for (QrpPatch p : QrpPatchCodec.encode(empty, current, 4, 1024, () -> Guid.ZERO)) {
                receiver.apply(p);
            }
            for (QrpPatch p : QrpPatchCodec.encode(current, next, 4, 1024, () -> Guid.ZERO)) {
                receiver.apply(p);
            }
            assertThat(receiver.table()).contains(next);
            assertThat(receiver.table().orElseThrow().containsKeyword("beta")).isFalse();
        }
    }

    @Test
    void deltaTooLargeForFourBits() {
        QrpTable empty = new QrpTable(1024, 15);
        QrpTable current = empty.copy();
        current.set(1, 1);
        assertThatThrownBy(() -> QrpPatchCodec.encode(empty, current, 4, 1024, () -> Guid.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(QrpPatchCodec.encode(empty, current, 8, 1024, () -> Guid.ZERO)).hasSize(1);
    }

    @Test
    void oneBitPatchesToggleAndTwoBitPatchesAreSigned() throws Exception {
        // 16 slots, 1 bit: 0x80 0x01 toggles slots 0 and 15; uncompressed
        QrpTable table = receive(new QrpReset(ROUTING, 16, 2),
                List.of(new QrpPatch(ROUTING, 1, 1, 0, 1, new byte[] {(byte) 0x80, 0x01})));
        assertThat(table.present(0)).isTrue();
        assertThat(table.present(15)).isTrue();
        assertThat(table.presentCount()).isEqualTo(2);
        // 4 slots, 2 bits: 11 00 01 00 = -1, 0, +1, 0 against infinity 2
        QrpTable twoBit = receive(new QrpReset(ROUTING, 4, 2),
                List.of(new QrpPatch(ROUTING, 1, 1, 0, 2, new byte[] {(byte) 0xC4})));
        assertThat(twoBit.value(0)).isEqualTo(1);
        assertThat(twoBit.value(1)).isEqualTo(2);
        assertThat(twoBit.value(2)).isEqualTo(3);
    }

    @Test
    void zlibBombIsRejectedAtTheTableSize() {
        byte[] bomb = Deflation.deflate(new byte[8 * 1024 * 1024]);
        assertReason(new QrpReset(ROUTING, 1024, 7), List.of(new QrpPatch(ROUTING, 1, 1, 1, 4, bomb)),
                DropReason.QRP_SIZE_LIMIT);
    }

    @Test
    void sequenceErrors() {
        QrpReset reset = new QrpReset(ROUTING, 16, 2);
        assertReason(reset, List.of(new QrpPatch(ROUTING, 2, 2, 0, 4, new byte[4])), DropReason.BAD_QRP);
        assertReason(reset, List.of(new QrpPatch(ROUTING, 1, 2, 0, 4, new byte[4]),
                new QrpPatch(ROUTING, 2, 2, 0, 8, new byte[4])), DropReason.BAD_QRP);
        assertReason(reset, List.of(new QrpPatch(ROUTING, 1, 1, 0, 4, new byte[4])), DropReason.BAD_QRP);
        assertReason(reset, List.of(new QrpPatch(ROUTING, 1, 1, 0, 4, new byte[9])), DropReason.QRP_SIZE_LIMIT);
        assertThatThrownBy(() -> new QrpPatchReceiver(WireLimits.DEFAULT)
                .apply(new QrpPatch(ROUTING, 1, 1, 0, 4, new byte[8])))
                .isInstanceOfSatisfying(WireException.class, e -> assertThat(e.reason()).isEqualTo(DropReason.BAD_QRP));
    }

    private static void assertReason(QrpReset reset, List<QrpPatch> patches, DropReason reason) {
        assertThatThrownBy(() -> receive(reset, patches))
                .isInstanceOfSatisfying(WireException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static QrpTable receive(QrpReset reset, List<QrpPatch> patches) throws WireException {
        try (QrpPatchReceiver receiver = new QrpPatchReceiver(WireLimits.DEFAULT)) {
            receiver.reset(reset);
            boolean done = false;
            for (QrpPatch patch : patches) {
                done = receiver.apply(patch);
            }
            assertThat(done).isTrue();
            return receiver.table().orElseThrow();
        }
    }
}
