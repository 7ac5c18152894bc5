package org.filbert.transport.api;

import io.netty.channel.Channel;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Takes over the incoming connections on the shared port that are not Gnutella
 * connections: HTTP requests (uploads, the push-proxy endpoint) and {@code GIV} lines (a
 * firewalled servent answering our push). The transfer bundle registers one; while none is
 * registered HTTP is answered 503 and {@code GIV} is closed.
 * Implementations are thread-safe and never block.
 */
@ConsumerType
public interface StreamAcceptor {

    /** What the first bytes of the connection were. */
    enum Kind {
        /** {@code GET } or {@code HEAD }: an HTTP request. */
        HTTP,
        /** {@code GIV }: a push answered. */
        GIV
    }

    /**
     * Called on the channel's event loop once the opener is recognised: add handlers at the
     * end of the channel's pipeline. When this returns the transport removes its own handler
     * and the bytes received so far (the opener included) flow to the added handlers.
     * Adding nothing closes the connection.
     */
    void accept(Channel channel, Kind kind);
}
