package org.filbert.routing.api;

import java.util.List;

import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Answers queries from local content (the library registers one). The routing core asks
 * every responder about each new query and sends the hits back to the peer the query came
 * from. Implementations answer quickly without blocking and are thread-safe.
 */
@ConsumerType
public interface QueryResponder {

    /** Hits for a query; the core fills in nothing, so set the query's GUID and a TTL of its hops + 1. */
    List<QueryHit> respond(Query query);
}
