package org.filbert.qrp.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerRole;
import org.filbert.qrp.api.SharedNames;
import org.filbert.routing.testing.RecordingPeer;
import org.filbert.wire.Guid;
import org.filbert.wire.QrpPatch;
import org.filbert.wire.QrpReset;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.Urn;
import org.filbert.wire.qrp.QrpPatchCodec;
import org.filbert.wire.qrp.QrpTable;
import org.filbert.routing.testing.Stubs;
import org.filbert.routing.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tables component against recording peers: who is sent which table, what a peer's table lets through, a bad patch. */
class QueryRouteTablesTest {

    private QueryRouteTables tables;

    private QueryRouteTables tables(PeerRole self, String... shared) {
        tables = new QueryRouteTables(Stubs.config(QrpConfig.class, "refreshSeconds", 1),
                Stubs.answering(NetworkStatus.class, Map.of("role", self)), Stubs.quietLogger());
        tables.addSource(() -> List.of(shared));
        return tables;
    }

    @AfterEach
    void stop() {
        tables.deactivate();
    }


    private static Query query(String text, ExtensionBlock extensions) {
        return new Query(new Routing(Guid.random(), 3, 0), 0, text, extensions);
    }

    @Test
    void aLeafSendsItsTableToItsUltrapeersOnly() throws Exception {
        tables(PeerRole.LEAF, "filbert rare nut.ogg");
        RecordingPeer up = new RecordingPeer(PeerRole.ULTRAPEER, 4, Map.of());
        tables.connected(up);
        Waiting.until(() -> up.sent().size() >= 2);
        assertThat(up.sent().get(0)).isInstanceOf(QrpReset.class);
        assertThat(up.sent().subList(1, up.sent().size())).allMatch(m -> m instanceof QrpPatch);
    }

    @Test
    void anUltrapeerSendsItsMergedTableOnlyToUltrapeersThatRouteByTables() throws Exception {
        tables(PeerRole.ULTRAPEER, "own file.txt");
        RecordingPeer qrpUp = new RecordingPeer(PeerRole.ULTRAPEER, 4, Map.of("X-Ultrapeer-Query-Routing", "0.1"));
        RecordingPeer plainUp = new RecordingPeer(PeerRole.ULTRAPEER, 4, Map.of());
        RecordingPeer leaf = new RecordingPeer(PeerRole.LEAF, 4, Map.of("X-Query-Routing", "0.1"));
        tables.connected(qrpUp);
        tables.connected(plainUp);
        tables.connected(leaf);
        Waiting.until(() -> !qrpUp.sent().isEmpty());
        Thread.sleep(100);
        assertThat(plainUp.sent()).isEmpty();
        assertThat(leaf.sent()).isEmpty();
    }

    @Test
    void aPeersTableDecidesWhatMayMatchAndHashQueriesPassEveryTable() throws Exception {
        tables(PeerRole.ULTRAPEER);
        RecordingPeer leaf = new RecordingPeer(PeerRole.LEAF, 4, Map.of());
        tables.connected(leaf);
        assertThat(tables.mayMatch(leaf, query("rare nut", ExtensionBlock.EMPTY))).as("no table yet").isEmpty();

        QrpTable table = new QrpTable(8192, 7);
        table.addKeyword("rare");
        table.addKeyword("nut");
        tables.received(leaf, new QrpReset(Routing.direct(Guid.random()), 8192, 7));
        for (QrpPatch p : QrpPatchCodec.encode(new QrpTable(8192, 7), table, 4, 1024, Guid::random)) {
            tables.received(leaf, p);
        }
        assertThat(tables.mayMatch(leaf, query("rare nut", ExtensionBlock.EMPTY))).contains(true);
        assertThat(tables.mayMatch(leaf, query("rare hazel", ExtensionBlock.EMPTY))).contains(false);
        Urn urn = Urn.sha1(new byte[20]);
        assertThat(tables.mayMatch(leaf, query("", ExtensionBlock.of(urn)))).as("a hash query passes").contains(true);
        assertThat(tables.tables()).extracting(t -> t.name()).contains("ours", "merged", "peer " + leaf.id());
        Waiting.until(() -> tables.tables().stream().filter(t -> t.name().equals("merged")).allMatch(t -> t.present() >= 2));
    }

    @Test
    void aPatchOutOfOrderClosesTheConnection() {
        tables(PeerRole.ULTRAPEER);
        RecordingPeer leaf = new RecordingPeer(PeerRole.LEAF, 4, Map.of());
        tables.connected(leaf);
        QrpTable table = new QrpTable(8192, 7);
        table.addKeyword("x");
        List<QrpPatch> patches = QrpPatchCodec.encode(new QrpTable(8192, 7), table, 4, 16, Guid::random);
        assertThat(patches.size()).isGreaterThan(1);
        tables.received(leaf, new QrpReset(Routing.direct(Guid.random()), 8192, 7));
        tables.received(leaf, patches.get(1));
        assertThat(leaf.closed()).hasValueSatisfying(c -> assertThat(c).startsWith("400 Bad QRP"));
        assertThat(tables.mayMatch(leaf, query("x", ExtensionBlock.EMPTY))).isEmpty();
    }

    @Test
    void referencesUnboundAfterDeactivationAsDsDoesThrowNothing() throws Exception {
        tables(PeerRole.ULTRAPEER, "own file.txt");
        SharedNames library = () -> List.of("late.txt");
        tables.addSource(library);
        RecordingPeer leaf = new RecordingPeer(PeerRole.LEAF, 4, Map.of());
        tables.connected(leaf);
        QrpTable table = new QrpTable(8192, 7);
        table.addKeyword("x");
        tables.received(leaf, new QrpReset(Routing.direct(Guid.random()), 8192, 7));

        // DS deactivates a component, then unbinds its dynamic references; connections may still come and go.
        tables.deactivate();
        tables.removeSource(library);
        tables.connected(new RecordingPeer(PeerRole.ULTRAPEER, 4, Map.of()));
        for (QrpPatch p : QrpPatchCodec.encode(new QrpTable(8192, 7), table, 4, 1024, Guid::random)) {
            tables.received(leaf, p);
        }
        tables.disconnected(leaf);
        assertThat(leaf.closed()).isEmpty();
    }
}
