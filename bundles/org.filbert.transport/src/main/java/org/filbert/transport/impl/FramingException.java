package org.filbert.transport.impl;

/**
 * The byte stream from a peer cannot be framed any more (a length over the limit, a broken
 * handshake, a bad compressed stream): the connection is closed, with a Bye where the peer
 * understands it. Immutable.
 */
final class FramingException extends Exception {

    private static final long serialVersionUID = 1L;

    FramingException(String message) {
        super(message);
    }
}
