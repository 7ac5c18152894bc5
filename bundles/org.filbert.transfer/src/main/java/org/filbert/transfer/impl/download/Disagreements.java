package org.filbert.transfer.impl.download;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.filbert.library.api.Sha1;

/**
 * Chunks that two sources sent differently when a file failed its SHA-1 and each chunk was
 * fetched again from a source other than its writer. Without a hash tree a difference does not
 * say which of the two lied, so the checker's version is kept in a sparse side file (at the
 * same offsets) and each suspect — a source in every disagreement — is tried: the file is
 * hashed with that suspect's chunks replaced by the other versions; the hypothesis whose hash
 * matches names the bad source. Not thread-safe: the owning {@link Download} guards it, and
 * hashes hypotheses from one thread while no chunk is written.
 */
final class Disagreements {

    private final Path sideFile;
    /** Chunk number → the source whose (different) version is in the side file. */
    private final Map<Integer, String> checkers = new TreeMap<>();

    Disagreements(Path sideFile) {
        this.sideFile = sideFile;
    }

    void record(ChunkMap.Chunk chunk, String checker, byte[] bytes) throws IOException {
        try (FileChannel side = FileChannel.open(sideFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            while (b.hasRemaining()) {
                side.write(b, chunk.start() + b.position());
            }
        }
        checkers.put(chunk.number(), checker);
    }

    boolean isEmpty() {
        return checkers.isEmpty();
    }

    /** Sources that took part in every disagreement, writer or checker: one of them is bad. */
    Set<String> suspects(ChunkMap chunks) {
        Set<String> suspects = null;
        for (Map.Entry<Integer, String> e : checkers.entrySet()) {
            Set<String> pair = Set.of(chunks.writer(e.getKey()), e.getValue());
            if (suspects == null) {
                suspects = new HashSet<>(pair);
            } else {
                suspects.retainAll(pair);
            }
        }
        return suspects == null ? Set.of() : suspects;
    }

    /** The suspect whose replacement makes the file hash to {@code sha1}, if any. */
    Optional<String> culprit(ChunkMap chunks, Path partial, String sha1) throws IOException {
        for (String suspect : suspects(chunks)) {
            if (hash(chunks, partial, suspect).equals(sha1)) {
                return Optional.of(suspect);
            }
        }
        return Optional.empty();
    }

    private String hash(ChunkMap chunks, Path partial, String bad) throws IOException {
        MessageDigest digest = Sha1.digest();
        try (FileChannel part = FileChannel.open(partial, StandardOpenOption.READ);
                FileChannel side = FileChannel.open(sideFile, StandardOpenOption.READ)) {
            for (int i = 0; i < chunks.count(); i++) {
                ChunkMap.Chunk c = chunks.chunk(i);
                boolean replaced = checkers.containsKey(i) && bad.equals(chunks.writer(i));
                digest.update(read(replaced ? side : part, c));
            }
        }
        return Sha1.base32(digest);
    }

    /** The chunk's bytes in a file (fewer where the file ends first), ready to read. */
    static ByteBuffer read(FileChannel from, ChunkMap.Chunk c) throws IOException {
        ByteBuffer b = ByteBuffer.allocate((int) c.length());
        while (b.hasRemaining() && from.read(b, c.start() + b.position()) >= 0) {
            // until the chunk is read or the file ends
        }
        return b.flip();
    }

    /**
     * Puts the checkers' versions in place of {@code bad}'s chunks, which count as the
     * checkers' from now on; the other disagreements keep the writer's version.
     */
    void apply(ChunkMap chunks, FileChannel part, String bad) throws IOException {
        try (FileChannel side = FileChannel.open(sideFile, StandardOpenOption.READ)) {
            for (Map.Entry<Integer, String> e : checkers.entrySet()) {
                if (bad.equals(chunks.writer(e.getKey()))) {
                    ChunkMap.Chunk c = chunks.chunk(e.getKey());
                    ByteBuffer b = read(side, c);
                    while (b.hasRemaining()) {
                        part.write(b, c.start() + b.position());
                    }
                    chunks.written(e.getKey(), e.getValue());
                }
            }
        }
        clear();
    }

    /** The disagreeing chunks, which must be fetched again when no suspect explains them. */
    Set<Integer> chunks() {
        return Set.copyOf(checkers.keySet());
    }

    void clear() throws IOException {
        checkers.clear();
        Files.deleteIfExists(sideFile);
    }
}
