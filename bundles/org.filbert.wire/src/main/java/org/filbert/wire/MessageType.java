package org.filbert.wire;

import java.util.Optional;

/**
 * Gnutella payload type codes (header byte 16). Immutable enum, thread-safe.
 */
public enum MessageType {
    PING(0x00),
    PONG(0x01),
    BYE(0x02),
    QRP(0x30),
    VENDOR(0x31),
    STANDARD_VENDOR(0x32),
    PUSH(0x40),
    RUDP(0x41),
    DHT(0x44),
    QUERY(0x80),
    QUERY_HIT(0x81);

    private static final MessageType[] BY_CODE = new MessageType[256];

    static {
        for (MessageType type : values()) {
            BY_CODE[type.code] = type;
        }
    }

    private final int code;

    MessageType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static Optional<MessageType> fromCode(int code) {
        return Optional.ofNullable(byCode(code));
    }

    /** The type of a code, or null when this codec does not know it. */
    static MessageType byCode(int code) {
        return code >= 0 && code < 256 ? BY_CODE[code] : null;
    }
}
