package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filbert.api.network.PeerRole;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.handshake.HandshakeHeaders;
import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;

/**
 * A connection whose peer stops reading: what routing sends waits in the bounded send
 * queue, relayed queries are dropped first and counted, a hit still gets through when the
 * socket drains; queries at or above the peer's hops-flow limit are not sent.
 */
class ConnectionFlowTest {

    private final TransportDrops drops = new TransportDrops();
    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final Connection connection = new Connection(1, channel, new InetSocketAddress("127.0.0.1", 6346), PeerRole.LEAF,
            false, "test", false, false, false, 7, Optional.empty(), 2048, drops, HandshakeHeaders.EMPTY);

    private static Query query(int hops, String text) {
        return new Query(new Routing(Guid.random(), 3, hops), 0, text, ExtensionBlock.EMPTY);
    }

    private static QueryHit hit() {
        return new QueryHit(new Routing(Guid.random(), 3, 0), 6346, Ipv4Address.of(127, 0, 0, 1), 100,
                List.of(QueryHitResult.of(1, 10, "wanted.txt", ExtensionBlock.EMPTY)), Optional.empty(), Guid.random());
    }


    private List<Message> written() throws Exception {
        List<Message> out = new ArrayList<>();
        for (ByteBuf b = channel.readOutbound(); b != null; b = channel.readOutbound()) {
            while (b.isReadable()) {
                out.add(Messages.decode(b, WireLimits.DEFAULT));
            }
            b.release();
        }
        return out;
    }

    @Test
    void aSlowReaderCostsAtMostTheQueueAndLosesRelayedQueriesFirst() throws Exception {
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        for (int i = 0; i < 100; i++) {
            connection.send(query(3, "relayed query number " + i));
        }
        assertThat(connection.send(hit())).isTrue();
        channel.runPendingTasks();
        assertThat(connection.queuedBytes()).isLessThanOrEqualTo(2048);
        assertThat(drops.snapshot()).containsOnlyKeys("queue full: relayed query");
        long droppedQueries = drops.snapshot().get("queue full: relayed query");
        assertThat(connection.snapshot().dropped()).isEqualTo(droppedQueries).isGreaterThan(50);
        assertThat(written()).as("nothing reaches the socket while it is not writable").isEmpty();

        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, true);
        connection.drain();
        List<Message> out = written();
        assertThat(out.get(0)).as("the hit goes first").isInstanceOf(QueryHit.class);
        assertThat(out).hasSize(1 + 100 - (int) droppedQueries);
        assertThat(((Query) out.get(out.size() - 1)).searchText()).as("the newest queries survived").isEqualTo("relayed query number 99");
        assertThat(connection.queuedBytes()).isZero();
        assertThat(connection.snapshot().messagesOut()).isEqualTo(out.size());
    }

    @Test
    void queriesAtOrAboveThePeersHopsFlowLimitAreNotSent() throws Exception {
        connection.hopsFlow(2);
        assertThat(connection.send(query(1, "near"))).isTrue();
        assertThat(connection.send(query(2, "far"))).isFalse();
        assertThat(connection.send(hit())).as("hops flow concerns queries only").isTrue();
        channel.runPendingTasks();
        assertThat(written()).hasSize(2);
        assertThat(drops.snapshot()).containsEntry("hops flow", 1L);
        connection.hopsFlow(0);
        assertThat(connection.send(query(0, "ours"))).as("hops flow 0: no queries at all").isFalse();
    }

    @Test
    void aClosedConnectionReleasesWhatWasQueued() {
        channel.unsafe().outboundBuffer().setUserDefinedWritability(1, false);
        connection.send(hit());
        channel.close();
        connection.closed();
        assertThat(connection.queuedBytes()).isZero();
        assertThat(connection.send(hit())).isFalse();
        assertThat(drops.snapshot()).containsEntry("connection closed", 1L);
    }
}
