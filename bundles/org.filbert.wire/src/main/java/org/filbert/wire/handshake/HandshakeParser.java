package org.filbert.wire.handshake;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.PayloadWriter;

/**
 * Incremental handshake-block parser: feed it bytes as they arrive; it consumes exactly the bytes of
 * one block (so a compressed stream that follows stays in the buffer) and returns the block once its
 * blank line is read. Lines end in LF with an optional CR; a line starting with a space or tab
 * continues the previous header. Limits come from {@link WireLimits}. After returning a block, or
 * after throwing, it starts afresh. Mutable, not thread-safe: one per connection direction.
 */
public final class HandshakeParser {
    private final WireLimits limits;
    private PayloadWriter line = new PayloadWriter();
    private int blockBytes;
    private String startLine;
    private String pendingName;
    private StringBuilder pendingValue;
    private HandshakeHeaders.Builder headers = HandshakeHeaders.builder();
    private int headerLines;

    public HandshakeParser(WireLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Parses one complete block (which must be all of {@code data}). */
    public static HandshakeBlock parse(byte[] data, WireLimits limits) throws WireException {
        HandshakeParser parser = new HandshakeParser(limits);
        ByteBuf buf = Unpooled.wrappedBuffer(data);
        try {
            Optional<HandshakeBlock> block = parser.feed(buf);
            if (block.isEmpty()) {
                throw new WireException(DropReason.TRUNCATED, "block lacks its blank line");
            }
            if (buf.isReadable()) {
                throw new WireException(DropReason.TRAILING_BYTES, buf.readableBytes() + " bytes after the block");
            }
            return block.get();
        } finally {
            buf.release();
        }
    }

    /** Consumes bytes up to the end of a block; returns the block when complete, else empty. */
    public Optional<HandshakeBlock> feed(ByteBuf in) throws WireException {
        try {
            while (in.isReadable()) {
                int b = in.readUnsignedByte();
                if (++blockBytes > limits.maxHeaderBlockBytes()) {
                    throw new WireException(DropReason.HEADER_BLOCK_TOO_LARGE,
                            "block exceeds " + limits.maxHeaderBlockBytes() + " bytes");
                }
                if (b != '\n') {
                    if (line.size() > limits.maxHandshakeLineLength()) {
                        throw new WireException(DropReason.LINE_TOO_LONG,
                                "line exceeds " + limits.maxHandshakeLineLength() + " bytes");
                    }
                    line.u8(b);
                    continue;
                }
                Optional<HandshakeBlock> block = endOfLine();
                if (block.isPresent()) {
                    restart();
                    return block;
                }
            }
            return Optional.empty();
        } catch (WireException e) {
            restart();
            throw e;
        }
    }

    private Optional<HandshakeBlock> endOfLine() throws WireException {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (length > limits.maxHandshakeLineLength()) {
            throw new WireException(DropReason.LINE_TOO_LONG, "line of " + length + " bytes");
        }
        String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        line = new PayloadWriter();
        if (text.indexOf('\r') >= 0) {
            throw new WireException(DropReason.BAD_HEADER_LINE, "stray CR in line");
        }
        if (startLine == null) {
            if (!HandshakeBlock.isValidStartLine(text)) {
                throw new WireException(DropReason.BAD_START_LINE, "bad start line: " + text);
            }
            startLine = text;
            return Optional.empty();
        }
        if (text.isEmpty()) {
            flushPending();
            return Optional.of(new HandshakeBlock(startLine, headers.build()));
        }
        if (text.charAt(0) == ' ' || text.charAt(0) == '\t') {
            if (pendingName == null) {
                throw new WireException(DropReason.BAD_HEADER_LINE, "continuation line without a header");
            }
            String continued = text.strip();
            if (!continued.isEmpty()) {
                pendingValue.append(pendingValue.length() > 0 ? " " : "").append(continued);
            }
            return Optional.empty();
        }
        flushPending();
        int colon = text.indexOf(':');
        String name = colon < 0 ? "" : text.substring(0, colon);
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ')) {
            throw new WireException(DropReason.BAD_HEADER_LINE, "bad header line: " + text);
        }
        if (++headerLines > limits.maxHeaderCount()) {
            throw new WireException(DropReason.TOO_MANY_HEADERS, "more than " + limits.maxHeaderCount() + " headers");
        }
        pendingName = name;
        pendingValue = new StringBuilder(text.substring(colon + 1).strip());
        return Optional.empty();
    }

    private void flushPending() {
        if (pendingName != null) {
            headers.add(pendingName, pendingValue.toString());
            pendingName = null;
            pendingValue = null;
        }
    }

    private void restart() {
        line = new PayloadWriter();
        blockBytes = 0;
        startLine = null;
        pendingName = null;
        pendingValue = null;
        headers = HandshakeHeaders.builder();
        headerLines = 0;
    }
}
