package org.filbert.bench.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.filbert.api.network.PeerRole;
import org.filbert.routing.api.Peer;
import org.filbert.wire.Message;

/**
 * One direction of an in-memory connection, as the routing code of the node at this end
 * sees it: {@link #send} counts the message and hands it to the remote node's router on the
 * remote node's event loop, from the remote's side of the connection ({@link #reverse}).
 * {@link #role()} and {@link #header} describe the remote node as its handshake would have.
 * Thread-safe.
 */
final class Link implements Peer {

    /** The X-Max-TTL every node announces. */
    static final int MAX_TTL = 4;

    /** Both ends' address: an in-memory connection has no socket. */
    private static final InetSocketAddress NO_SOCKET = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);

    private final long id;
    private final SimNode remote;
    private final Map<String, String> headers;
    private final Traffic traffic;
    private volatile Link reverse;
    private volatile boolean open = true;

    private Link(long id, SimNode remote, Traffic traffic) {
        this.id = id;
        this.remote = remote;
        this.traffic = traffic;
        this.headers = headersOf(remote);
    }

    /** Connects {@code a} and {@code b}: each router learns its end of the connection. */
    static void connect(SimNode a, SimNode b, Traffic traffic) {
        Link ab = new Link(a.nextConnectionId(), b, traffic);
        Link ba = new Link(b.nextConnectionId(), a, traffic);
        ab.reverse = ba;
        ba.reverse = ab;
        a.connected(ab);
        b.connected(ba);
    }

    /** What a node says of itself in its handshake (header names lower case). */
    private static Map<String, String> headersOf(SimNode node) {
        Map<String, String> h = new TreeMap<>();
        h.put("x-max-ttl", Integer.toString(MAX_TTL));
        h.put("x-query-routing", "0.2");
        if (node.role() == PeerRole.ULTRAPEER) {
            h.put("x-ultrapeer", "True");
            h.put("x-ultrapeer-query-routing", "0.1");
            h.put("x-dynamic-querying", "0.1");
            h.put("x-degree", Integer.toString(node.degree()));
        } else {
            h.put("x-ultrapeer", "False");
        }
        return h;
    }

    /** The node at the other end. */
    SimNode remote() {
        return remote;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public PeerRole role() {
        return remote.role();
    }

    @Override
    public int maxTtl() {
        return MAX_TTL;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public boolean send(Message message) {
        if (!open) {
            return false;
        }
        traffic.sent(message);
        Link from = reverse;
        remote.loop().execute(() -> remote.router().received(from, message));
        return true;
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }

    @Override
    public InetSocketAddress remoteAddress() {
        return NO_SOCKET;
    }

    @Override
    public InetSocketAddress localAddress() {
        return NO_SOCKET;
    }

    @Override
    public void close(int code, String reason) {
        if (open) {
            open = false;
            reverse.open = false;
            System.err.println("bench: connection " + id + " to a " + remote.role().label() + " closed: " + code + " " + reason);
        }
    }

    @Override
    public String toString() {
        return "link " + id + " to " + remote;
    }
}
