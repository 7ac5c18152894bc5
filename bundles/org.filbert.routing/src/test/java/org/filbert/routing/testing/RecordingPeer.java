package org.filbert.routing.testing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Peer;
import org.filbert.wire.Message;

/**
 * A connection for tests of routing and of what plugs into it: records what it is sent and
 * how it was closed, announces the handshake headers and the remote address it is given (our
 * end is 127.0.0.1:6346 unless given too). Shared with other
 * bundles' tests through this module's test jar. Thread-safe.
 */
public final class RecordingPeer implements Peer {

    /** Our end of a connection unless a test says otherwise. */
    public static final InetSocketAddress LOCAL = new InetSocketAddress(InetAddress.getLoopbackAddress(), 6346);

    private final PeerRole role;
    private final int maxTtl;
    private final Map<String, String> headers;
    private final InetSocketAddress remote;
    private final InetSocketAddress local;
    private final List<Message> sent = new CopyOnWriteArrayList<>();
    private volatile String closed;

    public RecordingPeer(PeerRole role) {
        this(role, 7, Map.of());
    }

    public RecordingPeer(PeerRole role, int maxTtl, Map<String, String> headers) {
        this(role, maxTtl, headers, new InetSocketAddress(InetAddress.getLoopbackAddress(), 40000), LOCAL);
    }

    /** A peer at {@code remote} that reached us at {@code local}. */
    public RecordingPeer(PeerRole role, InetSocketAddress remote, InetSocketAddress local) {
        this(role, 7, Map.of(), remote, local);
    }

    private RecordingPeer(PeerRole role, int maxTtl, Map<String, String> headers, InetSocketAddress remote, InetSocketAddress local) {
        this.role = role;
        this.maxTtl = maxTtl;
        this.headers = Map.copyOf(headers);
        this.remote = remote;
        this.local = local;
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
    public InetSocketAddress remoteAddress() {
        return remote;
    }

    @Override
    public InetSocketAddress localAddress() {
        return local;
    }

    @Override
    public void close(int code, String reason) {
        closed = code + " " + reason;
    }
}
