package org.filbert.bench.load;

/**
 * The node's memory at one moment: Java heap in use after a full GC, and resident set size.
 * Immutable record.
 */
record Memory(long heapBytes, long rssBytes) {

    static Memory of(ProcessProbe probe) {
        long heap = probe.heapAfterGc();
        return new Memory(heap, probe.rssBytes());
    }

    /** Growth from {@code before} per connection, in bytes. */
    Memory perConnection(Memory before, int connections) {
        int n = Math.max(1, connections);
        return new Memory((heapBytes - before.heapBytes) / n, (rssBytes - before.rssBytes) / n);
    }
}
