package org.filbert.routing.api;

import org.filbert.wire.Guid;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends an ultrapeer's queries to its ultrapeer peers over time instead of all at once
 * (dynamic querying). Register one as a service: the routing core, as an ultrapeer, hands
 * it this node's own queries and its leaves' queries after sending them to the leaves
 * whose tables match, and tells it how many results come back for each. Without one the
 * core forwards by its strategy alone. Implementations never block and are thread-safe.
 */
@ConsumerType
public interface QueryDispatcher {

    /** Takes over a query; false to decline, and the core forwards it by its strategy. */
    boolean dispatch(DynamicQuery query);

    /** A hit with {@code results} results for query {@code guid} passed back through us. */
    void results(Guid guid, int results);
}
