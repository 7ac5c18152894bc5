package org.filbert.transfer.impl.download;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which chunks of one file are missing, being fetched, written (and by which source), and
 * which are being checked again after the file failed its SHA-1: a chunk written by source W
 * is then fetched from another source and compared; a difference proves W sent bad data.
 * Chunks are a fixed grid of {@code chunkSize} bytes (the last one shorter).
 * Not thread-safe: the owning {@link Download} guards it.
 */
final class ChunkMap {

    /** A chunk's place in the file: bytes {@code start} to {@code end} inclusive. */
    record Chunk(int number, long start, long end) {
        long length() {
            return end - start + 1;
        }
    }

    private final long size;
    private final int chunkSize;
    /** Who wrote each chunk (a source key), null while missing. */
    private final String[] writers;
    /** Who is fetching each chunk now, null when nobody. */
    private final String[] fetching;
    /** Chunks to fetch again from a source other than their writer and compare. */
    private final boolean[] recheck;

    ChunkMap(long size, int chunkSize) {
        this.size = size;
        this.chunkSize = chunkSize;
        int count = (int) Math.max(1, (size + chunkSize - 1) / chunkSize);
        this.writers = new String[count];
        this.fetching = new String[count];
        this.recheck = new boolean[count];
    }

    long size() {
        return size;
    }

    int count() {
        return writers.length;
    }

    Chunk chunk(int number) {
        long start = (long) number * chunkSize;
        return new Chunk(number, start, Math.min(size, start + chunkSize) - 1);
    }

    /**
     * The next chunk for {@code source}: a chunk to check again that it did not write, else
     * the first missing chunk nobody fetches; marked as being fetched by it.
     */
    Optional<Chunk> assign(String source) {
        int next = next(source);
        if (next < 0) {
            return Optional.empty();
        }
        fetching[next] = source;
        return Optional.of(chunk(next));
    }

    /** Whether {@link #assign} would give {@code source} a chunk. */
    boolean available(String source) {
        return next(source) >= 0;
    }

    private int next(String source) {
        for (int i = 0; i < writers.length; i++) {
            if (recheck[i] && fetching[i] == null && !source.equals(writers[i])) {
                return i;
            }
        }
        for (int i = 0; i < writers.length; i++) {
            if (writers[i] == null && fetching[i] == null) {
                return i;
            }
        }
        return -1;
    }

    /** The source gave the chunk up (closed, refused, timed out): someone else may fetch it. */
    void release(int number, String source) {
        if (source.equals(fetching[number])) {
            fetching[number] = null;
        }
    }

    /** Whether the chunk is being checked again (its bytes are compared, not just written). */
    boolean rechecking(int number) {
        return recheck[number];
    }

    /** The source wrote the whole chunk. */
    void written(int number, String source) {
        fetching[number] = null;
        writers[number] = source;
        recheck[number] = false;
    }

    /** A recheck found the chunk as written: the writer is not proven bad by it. */
    void confirmed(int number) {
        fetching[number] = null;
        recheck[number] = false;
    }

    /**
     * A recheck proved {@code bad} sent wrong bytes: its other chunks are missing again, and
     * the other rechecks end (the file is hashed again once complete).
     */
    void culprit(String bad) {
        for (int i = 0; i < writers.length; i++) {
            if (bad.equals(writers[i])) {
                writers[i] = null;
            }
            recheck[i] = false;
        }
    }

    /** The chunk must be fetched again. */
    void forget(int number) {
        writers[number] = null;
        recheck[number] = false;
    }

    /** The file failed its SHA-1: every written chunk is to be checked against another source. */
    void recheckAll() {
        for (int i = 0; i < writers.length; i++) {
            recheck[i] = writers[i] != null;
        }
    }

    /** Whether some chunk still waits to be checked again. */
    boolean anyRecheck() {
        for (boolean r : recheck) {
            if (r) {
                return true;
            }
        }
        return false;
    }

    String writer(int number) {
        return writers[number];
    }

    boolean complete() {
        for (int i = 0; i < writers.length; i++) {
            if (writers[i] == null || recheck[i]) {
                return false;
            }
        }
        return true;
    }

    /** Bytes written (chunks with a writer). */
    long done() {
        long done = 0;
        for (int i = 0; i < writers.length; i++) {
            if (writers[i] != null) {
                done += chunk(i).length();
            }
        }
        return done;
    }

    /** Runs of written chunks with the same writer, for the state file: {@code first, last, writer}. */
    List<Run> runs() {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < writers.length) {
            if (writers[i] == null) {
                i++;
                continue;
            }
            int first = i;
            while (i + 1 < writers.length && writers[first].equals(writers[i + 1])) {
                i++;
            }
            runs.add(new Run(first, i, writers[first]));
            i++;
        }
        return runs;
    }

    /** Marks a run read back from the state file as written. */
    void restore(Run run) {
        for (int i = run.first(); i <= run.last() && i < writers.length; i++) {
            writers[i] = run.writer();
        }
    }

    /** Chunks {@code first..last} written by {@code writer}. */
    record Run(int first, int last, String writer) {
    }
}
