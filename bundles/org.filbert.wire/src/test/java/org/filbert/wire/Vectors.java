package org.filbert.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Test helper reading the golden vector files from the directory named by the {@code filbert.vectors}
 * system property: .hex files map each {@code @label} to its data line, .txt files map each label to
 * its {@code # hex} line. Stateless apart from the file reads, thread-safe.
 */
public final class Vectors {
    private Vectors() {
    }

    public static Path directory() {
        return Path.of(System.getProperty("filbert.vectors", "../shared/vectors"));
    }

    /** Label to bytes for a .hex file. */
    public static Map<String, byte[]> hexFile(String name) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String label = null;
        for (String line : lines(name)) {
            if (line.startsWith("# @")) {
                label = line.substring(3).split(" ", 2)[0];
            } else if (!line.isBlank() && !line.startsWith("#") && label != null) {
                out.put(label, HexFormat.of().parseHex(line.strip()));
                label = null;
            }
        }
        return out;
    }

    /** Label to header-block bytes (the {@code # hex} line) for a .txt file. */
    public static Map<String, byte[]> handshakeFile(String name) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        String label = null;
        for (String line : lines(name)) {
            if (line.startsWith("# @")) {
                label = line.substring(3).split(" ", 2)[0];
            } else if (line.startsWith("# hex ") && label != null) {
                out.put(label, HexFormat.of().parseHex(line.substring(6).strip()));
            }
        }
        return out;
    }

    public static Message decode(byte[] wire) throws WireException {
        ByteBuf buf = Unpooled.wrappedBuffer(wire);
        try {
            Message message = Messages.decode(buf, WireLimits.DEFAULT);
            if (buf.isReadable()) {
                throw new AssertionError(buf.readableBytes() + " bytes left after the message");
            }
            return message;
        } finally {
            buf.release();
        }
    }

    public static byte[] encode(Message message) {
        ByteBuf buf = Unpooled.buffer();
        try {
            Messages.encode(message, buf);
            byte[] out = new byte[buf.readableBytes()];
            buf.readBytes(out);
            return out;
        } finally {
            buf.release();
        }
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static List<String> lines(String name) {
        try {
            return Files.readAllLines(directory().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
