package org.filbert.transport.impl;

import java.nio.charset.StandardCharsets;

/**
 * What an incoming TCP connection is, recognised by its first bytes on the shared port.
 * Immutable.
 */
enum Opener {
    /** A Gnutella 0.6 handshake: {@code GNUTELLA CONNECT/0.6}. */
    GNUTELLA("GNUTELLA CONNECT/"),
    /** An HTTP upload or push-proxy request. */
    HTTP_GET("GET "),
    HTTP_HEAD("HEAD "),
    /** A firewalled servent answering our push: {@code GIV index:guid/name}. */
    GIV("GIV "),
    /** A peer testing that we are reachable (TCP connect-back): {@code CONNECT BACK}. */
    CONNECT_BACK("CONNECT BACK"),
    /** The same test as gtk-gnutella answers it: two bare newlines. */
    CONNECT_BACK_NEWLINES("\n\n"),
    /** Anything else; never matched by prefix. */
    UNKNOWN("");

    /** The longest prefix: after this many bytes every opener is decided. */
    static final int MAX_PREFIX = 17;

    private final byte[] prefix;

    Opener(String prefix) {
        this.prefix = prefix.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Classifies the first bytes received.
     *
     * @return the opener, {@link #UNKNOWN} when no opener can match, or null when more
     *         bytes are needed to decide
     */
    static Opener recognise(byte[] first, int length) {
        boolean undecided = false;
        for (Opener o : values()) {
            if (o == UNKNOWN) {
                continue;
            }
            int n = Math.min(length, o.prefix.length);
            if (java.util.Arrays.equals(first, 0, n, o.prefix, 0, n)) {
                if (length >= o.prefix.length) {
                    return o;
                }
                undecided = true;
            }
        }
        return undecided ? null : UNKNOWN;
    }
}
