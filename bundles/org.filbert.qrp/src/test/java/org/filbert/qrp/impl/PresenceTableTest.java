package org.filbert.qrp.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.filbert.wire.qrp.QrpTable;
import org.junit.jupiter.api.Test;

/** Presence tables: built from wire tables, merged across sizes so that every keyword stays findable. */
class PresenceTableTest {

    private static PresenceTable table(int bits, String... keywords) {
        QrpTable t = new QrpTable(1 << bits, 7);
        for (String k : keywords) {
            t.addKeyword(k);
        }
        return PresenceTable.of(t);
    }

    @Test
    void keepsWhatTheWireTableHolds() {
        PresenceTable t = table(13, "filbert", "nut");
        assertThat(t.length()).isEqualTo(8192);
        assertThat(t.presentCount()).isEqualTo(2);
        assertThat(t.containsAll(List.of("filbert", "nut"))).isTrue();
        assertThat(t.containsAll(List.of("filbert", "hazel"))).isFalse();
        assertThat(t.containsAll(List.of())).as("no keywords match nothing").isFalse();
        assertThat(PresenceTable.of(t.toQrpTable(7))).isEqualTo(t);
    }

    @Test
    void mergingLargerAndSmallerTablesKeepsEveryKeywordFindable() {
        PresenceTable big = table(17, "limewire", "leaf");
        PresenceTable small = table(14, "gtk", "gnutella");
        for (int bits : new int[] {13, 15, 17, 18}) {
            PresenceTable merged = PresenceTable.merge(bits, List.of(big, small));
            assertThat(merged.length()).isEqualTo(1 << bits);
            assertThat(merged.containsAll(List.of("limewire", "leaf", "gtk", "gnutella"))).as("at %d bits", bits).isTrue();
        }
        PresenceTable up = PresenceTable.merge(16, List.of(small));
        assertThat(up.presentCount()).as("a slot of 2^14 covers 4 slots of 2^16").isEqualTo(2 * 4);
        assertThat(up.contains("absent-word-xyz")).isFalse();
    }
}
