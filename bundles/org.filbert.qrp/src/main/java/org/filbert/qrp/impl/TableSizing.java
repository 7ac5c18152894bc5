package org.filbert.qrp.impl;

/**
 * How big our own table is: about {@value #SLOTS_PER_ENTRY} slots per keyword entry, so
 * that few slots collide, rounded up to a power of two and kept between the configured
 * bounds. Stateless.
 */
final class TableSizing {

    static final int SLOTS_PER_ENTRY = 10;

    private TableSizing() {
    }

    static int bitsFor(int entries, int minBits, int maxBits) {
        long wanted = Math.max(1L, (long) entries * SLOTS_PER_ENTRY);
        int bits = 64 - Long.numberOfLeadingZeros(wanted - 1);
        return Math.max(minBits, Math.min(maxBits, bits));
    }
}
