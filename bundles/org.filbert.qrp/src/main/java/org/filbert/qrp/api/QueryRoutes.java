package org.filbert.qrp.api;

import java.util.List;
import java.util.Optional;

import org.filbert.routing.api.Peer;
import org.filbert.wire.Query;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the query routing tables say: whether a query may match what a peer (or the
 * leaves behind it) shares, and the tables themselves for user interfaces. Provided by
 * the QRP bundle; thread-safe, answers without blocking.
 */
@ProviderType
public interface QueryRoutes {

    /**
     * Whether {@code query} may match behind {@code peer}: every keyword of the query in the
     * peer's table, or one of its URNs. Empty when the peer sent no (complete) table.
     */
    Optional<Boolean> mayMatch(Peer peer, Query query);

    /** Our own table, the table we send to ultrapeers (ours merged with our leaves'), and every peer's table. */
    List<TableInfo> tables();

    /**
     * One table for display.
     *
     * @param name {@code ours}, {@code merged}, or {@code peer ID}
     * @param slots the table length
     * @param present slots holding something
     * @param infinity the table's infinity value (0 for the merged presence view)
     */
    record TableInfo(String name, int slots, int present, int infinity) {
        public double fill() {
            return slots == 0 ? 0 : (double) present / slots;
        }
    }
}
