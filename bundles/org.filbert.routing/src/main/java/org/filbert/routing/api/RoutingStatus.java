package org.filbert.routing.api;

import java.util.List;
import java.util.Map;

import org.filbert.wire.Push;
import org.filbert.wire.Query;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The routing core for user interfaces and the node's own searches: which strategies are
 * installed and which is in use, switching between them, counters, and sending our own
 * queries. Provided by the routing core; thread-safe.
 */
@ProviderType
public interface RoutingStatus {

    /** Names of the installed strategies, sorted. */
    List<String> strategies();

    /** The strategy in use, or the configured name when no such strategy is installed. */
    String active();

    /**
     * Uses another installed strategy from the next query on; nothing else changes.
     *
     * @throws IllegalArgumentException naming the installed ones when {@code name} is not one
     */
    void use(String name);

    /** Counters by message type name: received, forwarded, and dropped by reason. */
    Map<String, Map<String, Long>> counters();

    /** Routes tables' sizes by table name. */
    Map<String, Integer> routeTableSizes();

    /** Sends our own query through the strategy; hits come to the {@link HitListener}s. Returns how many peers it went to. */
    int query(Query query);

    /**
     * Sends our own push toward the servent that answered one of our queries, along the
     * route its hit came by.
     *
     * @return false when no route to that servent is known
     */
    boolean push(Push push);
}
