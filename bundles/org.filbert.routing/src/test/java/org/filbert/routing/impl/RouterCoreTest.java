package org.filbert.routing.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.testing.RecordingPeer;
import org.filbert.routing.api.PushListener;
import org.filbert.routing.api.RoutingStrategy;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Push;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.Guid;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.routing.testing.Stubs;
import org.junit.jupiter.api.Test;

class RouterCoreTest {

    private static RoutingConfig config() {
        return Stubs.config(RoutingConfig.class);
    }

    private static RouterCore core(boolean ultrapeer) {
        return core(ultrapeer, List.of());
    }

    private static RouterCore core(boolean ultrapeer, List<PushListener> pushListeners) {
        RoutingStrategy everyoneButSender = (up, q, from, peers) -> peers.stream().filter(p -> p != from).toList();
        return new RouterCore(ultrapeer, Guid.of(new byte[16]), config(), () -> Optional.of(everyoneButSender),
                List::of, List::of, () -> pushListeners, List::of, Optional::empty, System::nanoTime);
    }

    @Test
    void aPushForOurOwnServentGuidIsDeliveredToThePushListenersOnce() {
        List<Push> delivered = new java.util.ArrayList<>();
        RouterCore core = core(false, List.of((push, from) -> delivered.add(push)));
        RecordingPeer up = new RecordingPeer(PeerRole.ULTRAPEER);
        core.connected(up);
        Push push = new Push(new Routing(Guid.random(), 3, 1), Guid.of(new byte[16]), 7, Ipv4Address.of(127, 0, 0, 1), 6346,
                GgepBlock.EMPTY);
        core.received(up, push);
        core.received(up, push);
        assertThat(delivered).containsExactly(push);
        assertThat(core.counters().get("push")).containsEntry("delivered", 1L).containsEntry("dropped duplicate", 1L);
    }

    private static Query query(int ttl, int hops) {
        byte[] g = new byte[16];
        g[0] = 42;
        return new Query(new Routing(Guid.of(g), ttl, hops), 0, "words", ExtensionBlock.EMPTY);
    }

    @Test
    void forwardsOnceWithTtlDecrementedHopsIncrementedAndCappedPerPeer() {
        RouterCore core = core(true);
        RecordingPeer from = new RecordingPeer(PeerRole.ULTRAPEER);
        RecordingPeer wide = new RecordingPeer(PeerRole.ULTRAPEER);
        RecordingPeer narrow = new RecordingPeer(PeerRole.ULTRAPEER, 2, java.util.Map.of());
        List.of(from, wide, narrow).forEach(core::connected);

        core.received(from, query(5, 1));
        core.received(from, query(5, 1));

        assertThat(from.sent()).isEmpty();
        assertThat(wide.sent()).singleElement().satisfies(m -> assertThat(m.routing()).isEqualTo(new Routing(m.routing().guid(), 4, 2)));
        assertThat(((Query) narrow.sent().get(0)).routing().ttl()).isEqualTo(2);
        assertThat(core.counters().get("query")).containsEntry("received", 2L).containsEntry("dropped duplicate", 1L)
                .containsEntry("forwarded", 2L);
    }

    @Test
    void trimsTtlPlusHopsToTheMaximum() {
        RouterCore core = core(true);
        RecordingPeer from = new RecordingPeer(PeerRole.ULTRAPEER, 255, java.util.Map.of());
        RecordingPeer to = new RecordingPeer(PeerRole.ULTRAPEER, 255, java.util.Map.of());
        List.of(from, to).forEach(core::connected);
        core.received(from, query(50, 3)); // maxTtl 7: at most 7 - 3 = 4 left, 3 once forwarded
        assertThat(to.sent().get(0).routing().ttl()).isEqualTo(3);
    }

    @Test
    void anUltrapeerGivesItsLeavesTheLastHopOthersDoNot() {
        RouterCore up = core(true);
        RecordingPeer from = new RecordingPeer(PeerRole.ULTRAPEER);
        RecordingPeer leaf = new RecordingPeer(PeerRole.LEAF);
        RecordingPeer otherUp = new RecordingPeer(PeerRole.ULTRAPEER);
        List.of(from, leaf, otherUp).forEach(up::connected);
        up.received(from, query(1, 3));
        assertThat(leaf.sent()).singleElement().satisfies(m -> assertThat(m.routing().ttl()).isEqualTo(1));
        assertThat(otherUp.sent()).isEmpty();
        assertThat(up.counters().get("query")).containsEntry("forwarded", 1L);
    }

    @Test
    void hitsWithoutARouteAreDroppedAndCounted() {
        RouterCore core = core(true);
        RecordingPeer from = new RecordingPeer(PeerRole.ULTRAPEER);
        core.connected(from);
        core.received(from, new org.filbert.wire.QueryHit(new Routing(Guid.of(new byte[16]), 3, 0), 6346,
                org.filbert.wire.Ipv4Address.of(127, 0, 0, 1), 0, List.of(), Optional.empty(), Guid.of(new byte[16])));
        assertThat(core.counters().get("queryhit")).containsEntry("dropped no route", 1L);
    }

    @Test
    void aDuplicateWithAHigherTtlGoesOnToUltrapeersButIsNotAnsweredAgain() {
        RouterCore core = core(true);
        RecordingPeer first = new RecordingPeer(PeerRole.ULTRAPEER);
        RecordingPeer second = new RecordingPeer(PeerRole.ULTRAPEER);
        RecordingPeer onward = new RecordingPeer(PeerRole.ULTRAPEER);
        RecordingPeer leaf = new RecordingPeer(PeerRole.LEAF);
        List.of(first, second, onward, leaf).forEach(core::connected);
        core.received(first, query(1, 2));
        assertThat(leaf.sent()).hasSize(1);
        core.received(second, query(3, 0));
        assertThat(onward.sent()).extracting(m -> m.routing().ttl()).containsExactly(2);
        assertThat(leaf.sent()).as("the leaf already has it").hasSize(1);
        core.received(second, query(2, 1));
        assertThat(onward.sent()).as("not higher than the highest seen").hasSize(1);
        assertThat(core.counters().get("query")).containsEntry("duplicate with higher TTL", 1L).containsEntry("dropped duplicate", 1L);
    }
}
