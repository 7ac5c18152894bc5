package org.filbert.api.console;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One frame of the console protocol: a kind byte, a 4-byte big-endian length, that many
 * bytes of UTF-8 text. The client sends {@link Kind#TOKEN} once, then
 * {@link Kind#COMMAND}s; the server answers each with zero or more {@link Kind#OUTPUT}
 * frames and then {@link Kind#DONE} (empty) or {@link Kind#FAILED} (a one-line reason).
 * The files {@code DATA/console.port} and {@code DATA/console.token} say where a running
 * node's console is and what token it wants. Immutable.
 *
 * @param kind what the frame is
 * @param text its text
 */
public record ConsoleFrame(Kind kind, String text) {

    /** Frame kinds and their byte on the wire. */
    public enum Kind {
        TOKEN('T'), COMMAND('C'), OUTPUT('O'), DONE('D'), FAILED('F');

        private final byte code;

        Kind(char code) {
            this.code = (byte) code;
        }

        static Kind of(int code) throws IOException {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IOException("not a console frame kind: " + code);
        }
    }

    /** File in the data directory holding the console's TCP port. */
    public static final String PORT_FILE = "console.port";

    /** File in the data directory holding the token a client must send first. */
    public static final String TOKEN_FILE = "console.token";

    public ConsoleFrame {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public void writeTo(DataOutputStream out) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeByte(kind.code);
        out.writeInt(bytes.length);
        out.write(bytes);
        out.flush();
    }

    /**
     * Reads one frame.
     *
     * @param maxBytes the largest text accepted
     * @throws EOFException when the stream ends before a frame starts
     * @throws IOException for a malformed or oversized frame
     */
    public static ConsoleFrame readFrom(DataInputStream in, int maxBytes) throws IOException {
        int code = in.read();
        if (code < 0) {
            throw new EOFException("console closed");
        }
        Kind kind = Kind.of(code);
        int length = in.readInt();
        if (length < 0 || length > maxBytes) {
            throw new IOException("console frame of " + length + " bytes exceeds the limit of " + maxBytes);
        }
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new EOFException("console closed mid-frame");
        }
        return new ConsoleFrame(kind, new String(bytes, StandardCharsets.UTF_8));
    }
}
