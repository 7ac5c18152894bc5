package org.filbert.routing.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Peer;
import org.filbert.wire.Message;

/**
 * A connection for tests of routing and of what plugs into it: records what it is sent and
 * how it was closed, announces the handshake headers it is given. Shared with other
 * bundles' tests through this module's test jar. Thread-safe.
 */
public final class RecordingPeer implements Peer {

    private final PeerRole role;
    private final int maxTtl;
    private final Map<String, String> headers;
    private final List<Message> sent = new CopyOnWriteArrayList<>();
    private volatile String closed;

    public RecordingPeer(PeerRole role) {
        this(role, 7, Map.of());
    }

    public RecordingPeer(PeerRole role, int maxTtl, Map<String, String> headers) {
        this.role = role;
        this.maxTtl = maxTtl;
        this.headers = Map.copyOf(headers);
    }

    /** What it was sent, in order. */
    public List<Message> sent() {
        return sent;
    }

    /** The Bye code and reason it was closed with, if it was. */
    public Optional<String> closed() {
        return Optional.ofNullable(closed);
    }

    @Override
    public long id() {
        return System.identityHashCode(this);
    }

    @Override
    public PeerRole role() {
        return role;
    }

    @Override
    public int maxTtl() {
        return maxTtl;
    }

    @Override
    public boolean isOpen() {
        return closed == null;
    }

    @Override
    public boolean send(Message message) {
        return sent.add(message);
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    @Override
    public void close(int code, String reason) {
        closed = code + " " + reason;
    }
}
