package org.filbert.api.network;

/**
 * How many Gnutella connections the node holds, by the peer's role. Immutable.
 *
 * @param ultrapeers connections to ultrapeers
 * @param leaves connections to leaves
 */
public record PeerCounts(int ultrapeers, int leaves) {

    /** No connections. */
    public static final PeerCounts NONE = new PeerCounts(0, 0);

    public PeerCounts {
        if (ultrapeers < 0 || leaves < 0) {
            throw new IllegalArgumentException("peer counts cannot be negative");
        }
    }

    /** All connections. */
    public int total() {
        return ultrapeers + leaves;
    }
}
