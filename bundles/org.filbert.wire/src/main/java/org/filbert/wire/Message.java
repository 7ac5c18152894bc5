package org.filbert.wire;

import java.util.Optional;

/**
 * A decoded Gnutella message: routing information plus a typed, immutable payload. Implementations
 * are immutable records, thread-safe.
 */
public sealed interface Message
        permits Ping, Pong, Bye, Query, QueryHit, Push, QrpReset, QrpPatch, VendorMessage, UnknownMessage {

    Routing routing();

    /** The payload type code of the header. */
    int typeCode();

    default Optional<MessageType> type() {
        return MessageType.fromCode(typeCode());
    }

    /** The payload bytes (everything after the 23-byte header). */
    byte[] encodePayload();

    /** The same payload with other routing (GUID, TTL, hops). */
    Message withRouting(Routing routing);
}
