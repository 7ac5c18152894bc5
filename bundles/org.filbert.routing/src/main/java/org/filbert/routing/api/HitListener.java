package org.filbert.routing.api;

import org.filbert.wire.QueryHit;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives hits for this node's own queries (the search bundle registers one).
 * Called on a connection's event loop: return quickly. Thread-safe.
 */
@ConsumerType
public interface HitListener {

    void hit(QueryHit hit, Peer from);
}
