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
 * The established connections, with the slot limits of our role: as a leaf, a few
 * ultrapeers; as an ultrapeer, ultrapeers and leaves up to their limits. Thread-safe
 * (synchronised; connections of every event loop register here).
 */
final class ConnectionRegistry {

    private final PeerRole self;
    private final int maxUltrapeers;
    private final int maxLeaves;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Connection> connections = new LinkedHashMap<>();

    ConnectionRegistry(PeerRole self, TransportConfig config) {
        this.self = self;
        this.maxUltrapeers = self == PeerRole.LEAF ? config.leafUltrapeers() : config.maxUltrapeers();
        this.maxLeaves = self == PeerRole.LEAF ? 0 : config.maxLeaves();
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    synchronized boolean hasRoom(PeerRole peer) {
        return count(peer) < (peer == PeerRole.LEAF ? maxLeaves : maxUltrapeers);
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
