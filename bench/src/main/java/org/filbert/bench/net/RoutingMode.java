package org.filbert.bench.net;

/** How the network routes queries: Gnutella 0.4 broadcast, or 0.6 query routing with dynamic querying. Immutable. */
enum RoutingMode {
    /** FloodStrategy everywhere; no tables, no dispatcher. */
    FLOOD("flood"),
    /** UltrapeerStrategy and QueryRouteTables everywhere, DynamicQuerying on ultrapeers. */
    QRP_DQ("qrp+dq");

    final String label;

    RoutingMode(String label) {
        this.label = label;
    }

    static RoutingMode of(String label) {
        for (RoutingMode m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mode '" + label + "'; known: flood, qrp+dq");
    }
}
