package org.filbert.wire;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * BYE (0x02): a code (LE u16) and a NUL-terminated UTF-8 message (which may carry CRLF-separated
 * headers). The NUL is added on encode and stripped on decode. Immutable record, thread-safe.
 */
public record Bye(Routing routing, int code, String message) implements Message {
    public Bye {
        Objects.requireNonNull(routing, "routing");
        Checks.u16(code, "code");
        if (Objects.requireNonNull(message, "message").indexOf('\0') >= 0) {
            throw new IllegalArgumentException("BYE message must not contain NUL");
        }
    }

    static Bye decode(Routing routing, byte[] payload) throws WireException {
        PayloadReader in = new PayloadReader(payload);
        int code = in.u16le();
        int nul = in.indexOf(0);
        byte[] text = in.bytes((nul < 0 ? in.end() : nul) - in.position());
        return new Bye(routing, code, new String(text, StandardCharsets.UTF_8));
    }

    @Override
    public int typeCode() {
        return MessageType.BYE.code();
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u16le(code).bytes(message.getBytes(StandardCharsets.UTF_8)).u8(0).toByteArray();
    }

    @Override
    public Bye withRouting(Routing newRouting) {
        return new Bye(newRouting, code, message);
    }
}
