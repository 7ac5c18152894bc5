package org.filbert.transfer.impl.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.filbert.transfer.api.UploadInfo;
import org.filbert.transfer.impl.upload.UploadSlots.Busy;
import org.filbert.transfer.impl.upload.UploadSlots.Granted;
import org.filbert.transfer.impl.upload.UploadSlots.Queued;
import org.junit.jupiter.api.Test;

class UploadSlotsTest {

    private int ids;

    private Upload upload(String ip) {
        Upload u = new Upload(++ids, ip + ":1000", ip, () -> 0L);
        u.requested("Test/1", "f" + ids, ByteRange.whole(10));
        return u;
    }

    @Test
    void grantsSlotsThenQueuesThoseThatAskThenRefuses() {
        UploadSlots slots = new UploadSlots(2, 1, 2);
        Upload a = upload("10.0.0.1");
        Upload b = upload("10.0.0.2");
        assertThat(slots.request(a, false)).isEqualTo(new Granted());
        assertThat(slots.request(a, false)).as("already sending").isEqualTo(new Granted());
        assertThat(slots.request(b, false)).isEqualTo(new Granted());
        assertThat(slots.request(upload("10.0.0.3"), false)).isEqualTo(new Busy("Busy"));
        Upload c = upload("10.0.0.4");
        Upload d = upload("10.0.0.5");
        assertThat(slots.request(c, true)).isEqualTo(new Queued(1, 1));
        assertThat(slots.request(d, true)).isEqualTo(new Queued(2, 2));
        assertThat(slots.request(upload("10.0.0.6"), true)).isEqualTo(new Busy("Queue full"));
        assertThat(slots.request(d, true)).as("a poll keeps the place").isEqualTo(new Queued(2, 2));
        assertThat(slots.list()).extracting(UploadInfo::queuePosition).containsExactly(0, 0, 1, 2);
    }

    @Test
    void aFreedSlotGoesToTheHeadOfTheQueueNotToANewcomer() {
        UploadSlots slots = new UploadSlots(1, 1, 4);
        Upload a = upload("10.0.0.1");
        Upload head = upload("10.0.0.2");
        Upload second = upload("10.0.0.3");
        slots.request(a, false);
        slots.request(head, true);
        slots.request(second, true);
        slots.release(a);
        assertThat(slots.request(upload("10.0.0.4"), true)).as("newcomer behind the queue").isEqualTo(new Queued(3, 3));
        assertThat(slots.request(second, true)).as("not its turn").isEqualTo(new Queued(2, 3));
        assertThat(slots.request(head, true)).isEqualTo(new Granted());
        assertThat(slots.request(second, true)).isEqualTo(new Queued(1, 2));
    }

    @Test
    void aQueuedDownloaderThatLeavesMovesTheOthersUp() {
        UploadSlots slots = new UploadSlots(1, 1, 4);
        slots.request(upload("10.0.0.1"), false);
        Upload head = upload("10.0.0.2");
        Upload second = upload("10.0.0.3");
        slots.request(head, true);
        slots.request(second, true);
        slots.release(head);
        assertThat(slots.request(second, true)).isEqualTo(new Queued(1, 1));
    }

    @Test
    void oneHostGetsAtMostItsShare() {
        UploadSlots slots = new UploadSlots(4, 1, 4);
        assertThat(slots.request(upload("10.0.0.1"), false)).isEqualTo(new Granted());
        assertThat(slots.request(upload("10.0.0.1"), true)).isEqualTo(new Busy("Limit reached for your address"));
        assertThat(slots.list()).hasSize(1);
    }
}
