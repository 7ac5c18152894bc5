package org.filbert.transport.impl;

import org.filbert.wire.handshake.HandshakeHeaders;

/** Copies a header block with one more header. Stateless. */
final class HandshakeHeadersWith {

    private HandshakeHeadersWith() {
    }

    static HandshakeHeaders extra(HandshakeHeaders base, String name, String value) {
        HandshakeHeaders.Builder h = HandshakeHeaders.builder();
        base.headers().forEach(x -> h.add(x.name(), x.value()));
        return h.add(name, value).build();
    }
}
