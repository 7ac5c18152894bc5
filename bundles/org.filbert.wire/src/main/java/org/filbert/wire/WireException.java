package org.filbert.wire;

import java.util.Objects;

/**
 * The only exception a decoder throws: the input was rejected for the given {@link DropReason}.
 * Immutable, thread-safe.
 */
public final class WireException extends Exception {
    private static final long serialVersionUID = 1L;

    private final DropReason reason;

    public WireException(DropReason reason, String detail) {
        super(reason + ": " + detail, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public WireException(DropReason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public DropReason reason() {
        return reason;
    }
}
