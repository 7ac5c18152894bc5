package org.filbert.wire.handshake;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.netty.buffer.ByteBuf;

/**
 * One handshake block: the start line ({@code GNUTELLA CONNECT/0.6} or {@code GNUTELLA/0.6 200 OK})
 * and its headers. Text is ISO-8859-1 so every byte round-trips. Immutable record, thread-safe.
 */
public record HandshakeBlock(String startLine, HandshakeHeaders headers) {
    private static final Pattern REQUEST = Pattern.compile("GNUTELLA CONNECT/(\\d+\\.\\d+)");
    private static final Pattern STATUS = Pattern.compile("GNUTELLA/(\\d+\\.\\d+) (\\d{3})(?: (.*))?");

    public HandshakeBlock {
        Objects.requireNonNull(startLine, "startLine");
        Objects.requireNonNull(headers, "headers");
        if (!isValidStartLine(startLine)) {
            throw new IllegalArgumentException("not a Gnutella request or status line: " + startLine);
        }
    }

    static boolean isValidStartLine(String line) {
        return REQUEST.matcher(line).matches() || STATUS.matcher(line).matches();
    }

    /** A {@code GNUTELLA CONNECT/<version>} request. */
    public static HandshakeBlock connect(String version, HandshakeHeaders headers) {
        return new HandshakeBlock("GNUTELLA CONNECT/" + version, headers);
    }

    /** A {@code GNUTELLA/0.6 <code> <reason>} response. */
    public static HandshakeBlock status(int code, String reason, HandshakeHeaders headers) {
        return new HandshakeBlock("GNUTELLA/0.6 " + code + (reason.isEmpty() ? "" : " " + reason), headers);
    }

    public boolean isRequest() {
        return REQUEST.matcher(startLine).matches();
    }

    /** The protocol version of the start line, e.g. "0.6". */
    public String protocolVersion() {
        Matcher request = REQUEST.matcher(startLine);
        if (request.matches()) {
            return request.group(1);
        }
        Matcher status = STATUS.matcher(startLine);
        return status.matches() ? status.group(1) : "";
    }

    /** The status code of a response. */
    public OptionalInt statusCode() {
        Matcher status = STATUS.matcher(startLine);
        return status.matches() ? OptionalInt.of(Integer.parseInt(status.group(2))) : OptionalInt.empty();
    }

    /** The reason phrase of a response ("" for a request or when absent). */
    public String reasonPhrase() {
        Matcher status = STATUS.matcher(startLine);
        return status.matches() && status.group(3) != null ? status.group(3) : "";
    }

    /** Start line, "Name: value" lines, each ending in CRLF, then the empty line. */
    public byte[] toBytes() {
        StringBuilder text = new StringBuilder(startLine).append("\r\n");
        for (HandshakeHeaders.Header header : headers.headers()) {
            text.append(header.name()).append(": ").append(header.value()).append("\r\n");
        }
        return text.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    public void encode(ByteBuf out) {
        out.writeBytes(toBytes());
    }
}
