package org.filbert.transport.impl;

import java.security.SecureRandom;

import org.filbert.wire.Guid;

/**
 * New message GUIDs as modern servents make them: random, with byte 8 set to 0xFF and
 * byte 15 to 0x00. Thread-safe.
 */
final class Guids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Guids() {
    }

    static Guid random() {
        byte[] b = new byte[Guid.LENGTH];
        RANDOM.nextBytes(b);
        b[8] = (byte) 0xFF;
        b[15] = 0;
        return Guid.of(b);
    }
}
