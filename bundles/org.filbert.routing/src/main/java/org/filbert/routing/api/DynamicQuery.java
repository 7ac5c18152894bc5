package org.filbert.routing.api;

import java.util.List;
import java.util.Optional;

import org.filbert.wire.Query;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A query the routing core hands to a {@link QueryDispatcher}: where it came from, the
 * ultrapeers it may go to, and how to send it to one of them. Provided by the core;
 * thread-safe.
 */
@ProviderType
public interface DynamicQuery {

    /** The query as it leaves us (hops counted; the dispatcher picks each copy's TTL). */
    Query query();

    /** The leaf it came from, or empty for this node's own query. */
    Optional<Peer> leaf();

    /** The open ultrapeer connections, oldest first, the one it came from excluded. */
    List<Peer> ultrapeers();

    /** Sends a copy to {@code ultrapeer} with {@code ttl} (capped by its X-Max-TTL); false when it was not sent. */
    boolean send(Peer ultrapeer, int ttl);
}
