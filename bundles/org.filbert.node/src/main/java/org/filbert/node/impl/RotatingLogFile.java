package org.filbert.node.impl;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An append-only text file that is rotated when it would grow past a size: {@code name}
 * becomes {@code name.1}, {@code name.1} becomes {@code name.2}, up to a number kept, so
 * the log never grows without bound. Thread-safe (every method synchronised).
 */
final class RotatingLogFile implements AutoCloseable {

    private final Path file;
    private final long maxBytes;
    private final int keep;
    private Writer writer;
    private long size;

    RotatingLogFile(Path file, long maxBytes, int keep) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        Files.createDirectories(file.getParent());
        open();
    }

    synchronized void append(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (size > 0 && size + bytes.length > maxBytes) {
            rotate();
        }
        writer.write(text);
        writer.flush();
        size += bytes.length;
    }

    private void rotate() throws IOException {
        writer.close();
        Files.deleteIfExists(numbered(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(numbered(i))) {
                Files.move(numbered(i), numbered(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (keep > 0) {
            Files.move(file, numbered(1), StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.delete(file);
        }
        open();
    }

    private void open() throws IOException {
        writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        size = Files.size(file);
    }

    private Path numbered(int i) {
        return file.resolveSibling(file.getFileName() + "." + i);
    }

    @Override
    public synchronized void close() throws IOException {
        writer.close();
    }
}
