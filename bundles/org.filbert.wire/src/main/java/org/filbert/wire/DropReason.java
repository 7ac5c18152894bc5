package org.filbert.wire;

/**
 * Why a decoder rejected its input; carried by {@link WireException}. Immutable enum, thread-safe.
 */
public enum DropReason {
    /** The input ends before a field it announces. */
    TRUNCATED,
    /** The header announces a payload larger than {@link WireLimits#maxPayloadSize()}. */
    PAYLOAD_TOO_LARGE,
    /** Bytes follow a payload that should have ended. */
    TRAILING_BYTES,
    /** A GGEP block is malformed (flags, ID, length, COBS or deflate data). */
    BAD_GGEP,
    /**
     * The deflated GGEP extensions of one message inflate beyond {@link WireLimits#maxGgepInflatedSize()}
     * in total.
     */
    GGEP_INFLATE_LIMIT,
    /** A GGEP block holds more extensions than {@link WireLimits#maxGgepExtensions()}. */
    TOO_MANY_GGEP_EXTENSIONS,
    /** An extension area holds more items than {@link WireLimits#maxExtensionItems()}. */
    TOO_MANY_EXTENSIONS,
    /** A query is malformed (missing NUL terminator). */
    BAD_QUERY,
    /** A query hit result is malformed. */
    BAD_HIT,
    /** A query hit holds more results than {@link WireLimits#maxResultsPerHit()}. */
    TOO_MANY_RESULTS,
    /** The query hit trailer (vendor code, open data, private area, XML) is malformed. */
    BAD_HIT_TRAILER,
    /** A QRP RESET or PATCH is malformed or out of sequence. */
    BAD_QRP,
    /** A QRP table or patch exceeds its size limit. */
    QRP_SIZE_LIMIT,
    /** A known vendor message has a payload that does not match its layout. */
    BAD_VENDOR_PAYLOAD,
    /** A handshake start line is neither a request nor a status line. */
    BAD_START_LINE,
    /** A handshake header line has no colon or an empty name. */
    BAD_HEADER_LINE,
    /** A handshake line exceeds {@link WireLimits#maxHandshakeLineLength()}. */
    LINE_TOO_LONG,
    /** A handshake block has more headers than {@link WireLimits#maxHeaderCount()}. */
    TOO_MANY_HEADERS,
    /** A handshake block exceeds {@link WireLimits#maxHeaderBlockBytes()}. */
    HEADER_BLOCK_TOO_LARGE
}
