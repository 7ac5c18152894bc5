package org.filbert.dq.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;

import org.filbert.api.network.PeerRole;
import org.filbert.dq.api.KeptResults;
import org.filbert.routing.api.DynamicQuery;
import org.filbert.routing.api.Peer;
import org.filbert.routing.testing.RecordingPeer;
import org.filbert.wire.Guid;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.routing.testing.Stubs;
import org.junit.jupiter.api.Test;

/** One dynamic query's steps against recording peers, on a hand-driven clock. */
class QueryRunTest {

    /** The routing core's side: records each copy as (peer, TTL). */
    static final class FakeQuery implements DynamicQuery {
        final Query query;
        final RecordingPeer leaf;
        final List<RecordingPeer> ultrapeers;
        final List<Map.Entry<RecordingPeer, Integer>> copies = new ArrayList<>();

        FakeQuery(int flags, RecordingPeer leaf, List<RecordingPeer> ultrapeers) {
            this.query = new Query(new Routing(Guid.random(), 3, 1), flags, "popular words", ExtensionBlock.EMPTY);
            this.leaf = leaf;
            this.ultrapeers = ultrapeers;
        }

        @Override
        public Query query() {
            return query;
        }

        @Override
        public Optional<Peer> leaf() {
            return Optional.ofNullable(leaf);
        }

        @Override
        public List<Peer> ultrapeers() {
            return List.copyOf(ultrapeers);
        }

        @Override
        public boolean send(Peer ultrapeer, int ttl) {
            copies.add(Map.entry((RecordingPeer) ultrapeer, ttl));
            return true;
        }
    }

    private static DqConfig config(Object... overrides) {
        return Stubs.config(DqConfig.class, overrides);
    }

    private static List<RecordingPeer> ultrapeers(int n) {
        List<RecordingPeer> ups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ups.add(new RecordingPeer(PeerRole.ULTRAPEER, 4, Map.of("X-Degree", "32")));
        }
        return ups;
    }

    private static final long SECOND = 1_000_000_000L;

    @Test
    void probesThreeUltrapeersAtTtlOneThenOneAtATimeAndStopsAtTheTarget() {
        List<RecordingPeer> ups = ultrapeers(6);
        FakeQuery q = new FakeQuery(0, new RecordingPeer(PeerRole.LEAF), ups);
        QueryRun run = new QueryRun(q, config("leafTargetResults", 50), (p, query) -> p == ups.get(4) ? Optional.of(true)
                : p == ups.get(5) ? Optional.of(false) : Optional.empty(), OptionalInt::empty, 0);

        assertThat(run.step(0)).as("wait one hop after the probe").isEqualTo(2400);
        assertThat(q.copies).extracting(e -> e.getValue()).containsExactly(1, 1, 1);
        assertThat(q.copies.get(0).getKey()).as("an ultrapeer whose table matches is probed first").isSameAs(ups.get(4));
        assertThat(q.copies).extracting(e -> e.getKey()).as("a table that rules the query out gets no last hop")
                .doesNotContain(ups.get(5));

        run.results(10);
        long wait = run.step(3 * SECOND);
        assertThat(q.copies).hasSize(4);
        int ttl = q.copies.get(3).getValue();
        assertThat(ttl).as("40 more results at 10 per %d probed hosts", 3 * 33).isBetween(2, 4);
        assertThat(wait).isEqualTo(ttl * 2400L);

        run.results(45);
        assertThat(run.step(10 * SECOND)).isEqualTo(-1);
        assertThat(run.progress(11 * SECOND).state()).isEqualTo("enough results");
        assertThat(q.copies).as("two ultrapeers were never bothered").hasSize(4);
    }

    @Test
    void ourOwnQueriesAimForMoreResultsThanALeafs() {
        QueryRun own = new QueryRun(new FakeQuery(0, null, ultrapeers(4)), config(), (p, query) -> Optional.empty(), OptionalInt::empty, 0);
        QueryRun leafs = new QueryRun(new FakeQuery(0, new RecordingPeer(PeerRole.LEAF), ultrapeers(4)), config(),
                (p, query) -> Optional.empty(), OptionalInt::empty, 0);
        assertThat(own.progress(0).target()).isEqualTo(150);
        assertThat(leafs.progress(0).target()).isEqualTo(50);
    }

    @Test
    void aLeafGuidedQueryAsksItsLeafAndStopsWhenTheLeafSaysSo() {
        RecordingPeer leaf = new RecordingPeer(PeerRole.LEAF);
        FakeQuery q = new FakeQuery(Query.FLAG_NEW_SEMANTICS | Query.FLAG_LEAF_GUIDED, leaf, ultrapeers(5));
        QueryRun run = new QueryRun(q, config(), (p, query) -> Optional.empty(), OptionalInt::empty, 0);
        run.step(0);
        assertThat(leaf.sent()).hasSize(1).allSatisfy(m -> assertThat(m).isInstanceOfSatisfying(VendorMessage.class, v -> {
            assertThat(v.selector()).isEqualTo(11);
            assertThat(v.routing().guid()).isEqualTo(q.query.routing().guid());
        }));
        run.results(500);
        run.leafReported(12);
        assertThat(run.results()).as("the leaf's own count wins over the routed one").isEqualTo(12);
        run.leafReported(QueryRun.LEAF_STOP);
        assertThat(run.step(3 * SECOND)).isEqualTo(-1);
        assertThat(run.progress(3 * SECOND).state()).isEqualTo("stopped by its leaf");
    }

    @Test
    void ourOwnQueryCountsTheResultsItsSearchKeptAndStopsWhenTheSearchIsStopped() {
        AtomicReference<OptionalInt> kept = new AtomicReference<>(OptionalInt.empty());
        QueryRun run = new QueryRun(new FakeQuery(0, null, ultrapeers(6)), config(), (p, query) -> Optional.empty(), kept::get, 0);
        run.step(0);
        run.results(400);
        assertThat(run.results()).as("no search knows the query: the routed results count").isEqualTo(400);
        kept.set(OptionalInt.of(3));
        assertThat(run.results()).as("the search kept 3 of the 400 routed").isEqualTo(3);
        assertThat(run.step(3 * SECOND)).as("3 of 150: it goes on").isPositive();
        kept.set(OptionalInt.of(150));
        assertThat(run.step(20 * SECOND)).isEqualTo(-1);
        assertThat(run.progress(20 * SECOND).state()).isEqualTo("enough results");

        QueryRun stopped = new QueryRun(new FakeQuery(0, null, ultrapeers(6)), config(), (p, query) -> Optional.empty(),
                () -> OptionalInt.of(KeptResults.STOP), 0);
        assertThat(stopped.step(0)).isEqualTo(-1);
        assertThat(stopped.progress(0).state()).isEqualTo("stopped by its search");
    }

    @Test
    void stopsAtTheTimeCapTheHorizonCapOrWhenNoUltrapeerIsLeft() {
        FakeQuery timed = new FakeQuery(0, null, ultrapeers(10));
        QueryRun slow = new QueryRun(timed, config("maxSeconds", 5), (p, query) -> Optional.empty(), OptionalInt::empty, 0);
        slow.step(0);
        assertThat(slow.step(6 * SECOND)).isEqualTo(-1);
        assertThat(slow.progress(7 * SECOND).state()).isEqualTo("time cap");
        assertThat(slow.progress(7 * SECOND).origin()).isEqualTo("own");

        FakeQuery wide = new FakeQuery(0, null, ultrapeers(10));
        QueryRun far = new QueryRun(wide, config("maxHorizon", 50L), (p, query) -> Optional.empty(), OptionalInt::empty, 0);
        far.step(0);
        assertThat(far.step(SECOND)).isEqualTo(-1);
        assertThat(far.progress(SECOND).state()).isEqualTo("horizon cap");

        FakeQuery few = new FakeQuery(0, null, ultrapeers(2));
        QueryRun small = new QueryRun(few, config(), (p, query) -> Optional.empty(), OptionalInt::empty, 0);
        small.step(0);
        assertThat(small.step(SECOND)).isEqualTo(-1);
        assertThat(small.progress(SECOND).state()).isEqualTo("no ultrapeer left");
    }

    @Test
    void theHorizonGrowsWithDegreeAndTtl() {
        assertThat(Horizon.hosts(32, 1, 30)).isEqualTo(31);
        assertThat(Horizon.hosts(32, 2, 30)).isEqualTo((1 + 31) * 31);
        assertThat(Horizon.hosts(6, 3, 0)).isEqualTo(1 + 5 + 25);
        assertThat(Horizon.ttlFor(900, 32, 4, 30)).isEqualTo(2);
        assertThat(Horizon.ttlFor(1000, 32, 4, 30)).isEqualTo(3);
        assertThat(Horizon.ttlFor(10, 32, 4, 30)).isEqualTo(1);
        assertThat(Horizon.ttlFor(Long.MAX_VALUE, 32, 4, 30)).isEqualTo(4);
        assertThat(Horizon.degreeOf(Optional.of("junk"))).isEqualTo(Horizon.DEFAULT_DEGREE);
    }
}
