package org.filbert.dq.api;

import java.util.OptionalInt;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * How many results of one of this node's own queries the user kept (after grouping and
 * filtering), for dynamic querying: an ultrapeer counts them toward its own query's target,
 * and a leaf answers its ultrapeer's status request (BEAR/11) with them. Register one as a
 * service (the search bundle does); without one that knows a query, the results routed
 * back for it are counted instead. Implementations answer at once and are thread-safe.
 */
@ConsumerType
public interface KeptResults {

    /** The count meaning "stop this query" (the search was stopped), as BEAR/12 carries it. */
    int STOP = 0xFFFF;

    /**
     * The results kept for the query with this GUID: a count below {@link #STOP}, or
     * {@link #STOP} when the user stopped it; empty when this query is not one it knows.
     *
     * @param queryGuid the query's 16-byte GUID
     */
    OptionalInt kept(byte[] queryGuid);
}
