package org.filbert.transport.impl;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.api.network.PeerCounts;
import org.filbert.api.network.PeerRole;
import org.filbert.wire.Guid;

/**
 * Our role and the established connections, with the slot limits of that role: as a leaf,
 * a few ultrapeers; as an ultrapeer, ultrapeers and leaves up to their limits. The role
 * changes when an {@code auto} node is promoted or guided back to leaf. Thread-safe
 * (synchronised; connections of every event loop register here).
 */
final class ConnectionRegistry {

    private final TransportConfig config;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Connection> connections = new LinkedHashMap<>();
    private PeerRole self;

    ConnectionRegistry(PeerRole self, TransportConfig config) {
        this.self = self;
        this.config = config;
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    synchronized PeerRole self() {
        return self;
    }

    /**
     * Takes a new role; the connections made in the old one no longer fit (our peers took us
     * for what we were) and are returned for closing. Empty when the role is unchanged.
     */
    synchronized List<Connection> become(PeerRole role) {
        if (role == self) {
            return List.of();
        }
        self = role;
        return all();
    }

    synchronized boolean hasRoom(PeerRole peer) {
        return freeSlots(peer) > 0;
    }

    synchronized int freeSlots(PeerRole peer) {
        return Math.max(0, limit(peer) - count(peer));
    }

    private int limit(PeerRole peer) {
        if (self == PeerRole.LEAF) {
            return peer == PeerRole.LEAF ? 0 : config.leafUltrapeers();
        }
        return peer == PeerRole.LEAF ? config.maxLeaves() : config.maxUltrapeers();
    }

    /** Whether we already hold a connection to the servent with this GUID. */
    synchronized boolean holds(Optional<Guid> servent) {
        return servent.isPresent() && connections.values().stream().anyMatch(c -> c.servent().equals(servent));
    }

    /** Adds an established connection if its slot is still free and its servent not already connected. */
    synchronized boolean tryAdd(Connection c) {
        if (!hasRoom(c.role()) || (self == PeerRole.LEAF && c.role() == PeerRole.LEAF) || holds(c.servent())) {
            return false;
        }
        connections.put(c.id(), c);
        return true;
    }

    synchronized void remove(Connection c) {
        connections.remove(c.id());
    }

    synchronized Optional<Connection> get(long id) {
        return Optional.ofNullable(connections.get(id));
    }

    synchronized List<Connection> all() {
        return new ArrayList<>(connections.values());
    }

    synchronized PeerCounts counts() {
        return new PeerCounts(count(PeerRole.ULTRAPEER), count(PeerRole.LEAF));
    }

    private int count(PeerRole role) {
        Collection<Connection> values = connections.values();
        return (int) values.stream().filter(c -> c.role() == role).count();
    }
}
