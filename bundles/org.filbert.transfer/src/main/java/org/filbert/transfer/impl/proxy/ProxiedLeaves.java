package org.filbert.transfer.impl.proxy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.filbert.routing.api.Peer;
import org.filbert.wire.Guid;

/**
 * The leaves an ultrapeer is push proxy for: servent GUID to connection, at most
 * {@code capacity}; a leaf is forgotten when its connection goes. Thread-safe (one lock).
 */
final class ProxiedLeaves {

    private final int capacity;
    private final Map<Guid, Peer> leaves = new LinkedHashMap<>();

    ProxiedLeaves(int capacity) {
        this.capacity = capacity;
    }

    /** Remembers the leaf under that GUID (a new connection replaces an old one); false when full. */
    synchronized boolean add(Guid servent, Peer leaf) {
        if (!leaves.containsKey(servent) && leaves.size() >= capacity) {
            return false;
        }
        leaves.put(servent, leaf);
        return true;
    }

    synchronized Optional<Peer> get(Guid servent) {
        return Optional.ofNullable(leaves.get(servent));
    }

    synchronized void remove(Peer leaf) {
        leaves.values().removeIf(p -> p == leaf);
    }
}
