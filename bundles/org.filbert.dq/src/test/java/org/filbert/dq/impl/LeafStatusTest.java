package org.filbert.dq.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.filbert.api.network.PeerRole;
import org.filbert.dq.api.KeptResults;
import org.filbert.routing.testing.RecordingPeer;
import org.filbert.routing.testing.Stubs;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.vendor.QueryStatusRequest;
import org.filbert.wire.vendor.QueryStatusResponse;
import org.filbert.wire.vendor.VendorRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A leaf answering its ultrapeer's status requests (BEAR/11) for its own queries. */
class LeafStatusTest {

    private final DynamicQuerying dq = new DynamicQuerying(Stubs.config(DqConfig.class), Stubs.quietLogger());
    private final RecordingPeer ultrapeer = new RecordingPeer(PeerRole.ULTRAPEER);

    @AfterEach
    void stop() {
        dq.deactivate();
    }

    /** Hits for the query with {@code results} results each, as routed back to us. */
    private void routedBack(Guid guid, int... results) {
        for (int count : results) {
            List<QueryHitResult> entries = java.util.stream.IntStream.range(0, count)
                    .mapToObj(i -> new QueryHitResult(i, 10, "file" + i, ExtensionBlock.EMPTY)).toList();
            dq.hit(new QueryHit(new Routing(guid, 3, 1), 6346, Ipv4Address.of(127, 0, 0, 1), 100, entries, Optional.empty(),
                    Guid.random()), ultrapeer);
        }
    }

    private int answer(Guid guid) throws Exception {
        ultrapeer.sent().clear();
        dq.received(ultrapeer, new QueryStatusRequest().toMessage(new Routing(guid, 1, 0)));
        assertThat(ultrapeer.sent()).hasSize(1);
        VendorMessage reply = (VendorMessage) ultrapeer.sent().get(0);
        assertThat(reply.routing().guid()).isEqualTo(guid);
        return ((QueryStatusResponse) VendorRegistry.standard().decode(reply, WireLimits.DEFAULT)).kept();
    }

    @Test
    void answersWithTheResultsRoutedBackWhenNoSearchKnowsTheQuery() throws Exception {
        Guid guid = Guid.random();
        routedBack(guid, 3, 4);
        assertThat(answer(guid)).isEqualTo(7);
        dq.bindKeptResults(queryGuid -> OptionalInt.empty());
        assertThat(answer(guid)).as("a search that does not know it changes nothing").isEqualTo(7);
    }

    @Test
    void answersWithTheResultsTheSearchKeptAndStopOnceItIsStopped() throws Exception {
        Guid kept = Guid.random();
        Guid stopped = Guid.random();
        KeptResults searches = queryGuid -> Arrays.equals(queryGuid, kept.bytes()) ? OptionalInt.of(2)
                : Arrays.equals(queryGuid, stopped.bytes()) ? OptionalInt.of(KeptResults.STOP) : OptionalInt.empty();
        dq.bindKeptResults(searches);
        routedBack(kept, 30);
        assertThat(answer(kept)).as("2 kept of the 30 routed (the rest filtered)").isEqualTo(2);
        assertThat(answer(stopped)).isEqualTo(QueryStatusResponse.STOP);
        dq.unbindKeptResults(searches);
        assertThat(answer(kept)).as("the search gone: routed counts again").isEqualTo(30);
    }
}
