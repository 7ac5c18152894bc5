package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.filbert.transport.impl.SendQueue.Lane;
import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** The send queue's lanes: most valuable first out, least valuable first dropped, bytes bounded, buffers released. */
class SendQueueTest {

    private final List<Lane> dropped = new ArrayList<>();
    private final List<ByteBuf> offered = new ArrayList<>();
    private final SendQueue queue = new SendQueue(100, dropped::add);

    private ByteBuf message(int tag, int size) {
        ByteBuf b = Unpooled.buffer(size).writeByte(tag).writeZero(size - 1);
        offered.add(b);
        return b;
    }

    private List<Integer> drain() {
        List<Integer> tags = new ArrayList<>();
        for (ByteBuf b = queue.poll(); b != null; b = queue.poll()) {
            tags.add((int) b.getByte(0));
            b.release();
        }
        return tags;
    }

    @Test
    void theMostValuableLaneLeavesFirstInOrderOfArrival() {
        queue.offer(Lane.RELAYED_QUERY, message(1, 10));
        queue.offer(Lane.QUERY, message(2, 10));
        queue.offer(Lane.REPLY, message(3, 10));
        queue.offer(Lane.CONTROL, message(4, 10));
        queue.offer(Lane.REPLY, message(5, 10));
        assertThat(queue.bytes()).isEqualTo(50);
        assertThat(drain()).containsExactly(4, 3, 5, 2, 1);
        assertThat(queue.bytes()).isZero();
    }

    @Test
    void aFullQueueDropsTheOldestRelayedQueriesToMakeRoomForAReply() {
        for (int i = 1; i <= 5; i++) {
            queue.offer(Lane.RELAYED_QUERY, message(i, 20));
        }
        assertThat(queue.offer(Lane.REPLY, message(9, 30))).isTrue();
        assertThat(dropped).containsExactly(Lane.RELAYED_QUERY, Lane.RELAYED_QUERY);
        assertThat(queue.bytes()).isLessThanOrEqualTo(100);
        assertThat(drain()).containsExactly(9, 3, 4, 5);
        assertThat(offered).allMatch(b -> b.refCnt() == 0);
    }

    @Test
    void aNewQueryReplacesTheOldestQueryOfItsLaneButControlIsNeverDroppedForQueries() {
        queue.offer(Lane.CONTROL, message(1, 50));
        queue.offer(Lane.QUERY, message(2, 25));
        queue.offer(Lane.QUERY, message(3, 25));
        assertThat(queue.offer(Lane.QUERY, message(4, 25))).as("the oldest query makes room").isTrue();
        assertThat(queue.offer(Lane.RELAYED_QUERY, message(5, 25))).as("a less valuable one finds no room").isFalse();
        assertThat(queue.offer(Lane.CONTROL, message(6, 60))).as("control does not push out control").isFalse();
        assertThat(dropped).as("nothing is evicted when evicting would not make room")
                .containsExactly(Lane.QUERY, Lane.RELAYED_QUERY, Lane.CONTROL);
        assertThat(drain()).containsExactly(1, 3, 4);
        assertThat(offered).allMatch(b -> b.refCnt() == 0);
    }

    @Test
    void aMessageLargerThanTheQueueIsDroppedAndClearReleasesWithoutCounting() {
        assertThat(queue.offer(Lane.CONTROL, message(1, 101))).isFalse();
        queue.offer(Lane.REPLY, message(2, 10));
        queue.clear();
        assertThat(dropped).containsExactly(Lane.CONTROL);
        assertThat(queue.poll()).isNull();
        assertThat(offered).allMatch(b -> b.refCnt() == 0);
    }
}
