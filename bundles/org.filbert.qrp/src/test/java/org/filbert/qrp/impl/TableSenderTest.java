package org.filbert.qrp.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.filbert.wire.Guid;
import org.filbert.wire.Message;
import org.filbert.wire.QrpPatch;
import org.filbert.wire.QrpReset;
import org.filbert.wire.WireLimits;
import org.filbert.wire.qrp.QrpPatchReceiver;
import org.filbert.wire.qrp.QrpTable;
import org.junit.jupiter.api.Test;

/** What a peer is sent of our table, checked by applying it as a receiving servent would. */
class TableSenderTest {

    private final TableSender sender = new TableSender(64, Guid::random);
    private final QrpPatchReceiver receiver = new QrpPatchReceiver(WireLimits.DEFAULT);

    private static QrpTable table(int length, String... keywords) {
        QrpTable t = new QrpTable(length, TableSender.INFINITY);
        for (String k : keywords) {
            t.addKeyword(k);
        }
        return t;
    }

    private void apply(List<Message> messages) throws Exception {
        for (Message m : messages) {
            if (m instanceof QrpReset r) {
                receiver.reset(r);
            } else {
                receiver.apply((QrpPatch) m);
            }
        }
    }

    @Test
    void firstAResetAndAFullPatchThenOnlyChangesThenNothing() throws Exception {
        QrpTable first = table(8192, "alpha", "beta");
        List<Message> initial = sender.update(first);
        assertThat(initial.get(0)).isInstanceOfSatisfying(QrpReset.class, r -> {
            assertThat(r.tableLength()).isEqualTo(8192);
            assertThat(r.infinity()).isEqualTo(7);
        });
        assertThat(initial.subList(1, initial.size())).allSatisfy(m -> assertThat(m).isInstanceOfSatisfying(QrpPatch.class,
                p -> assertThat(p.entryBits()).isEqualTo(4)));
        apply(initial);
        assertThat(receiver.table()).contains(first);

        QrpTable second = table(8192, "alpha", "gamma");
        List<Message> change = sender.update(second);
        assertThat(change).as("a library change sends a patch, not a reset").noneMatch(m -> m instanceof QrpReset).isNotEmpty();
        apply(change);
        assertThat(receiver.table()).contains(second);

        assertThat(sender.update(second.copy())).isEmpty();
    }

    @Test
    void aTableOfAnotherSizeStartsOverWithAReset() throws Exception {
        apply(sender.update(table(8192, "alpha")));
        QrpTable bigger = table(16384, "alpha", "delta");
        List<Message> messages = sender.update(bigger);
        assertThat(messages.get(0)).isInstanceOf(QrpReset.class);
        apply(messages);
        assertThat(receiver.table()).contains(bigger);
    }
}
