package org.filbert.transfer.impl.download;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.filbert.api.transfer.FileSource;
import org.filbert.transfer.api.DownloadInfo;
import org.filbert.transfer.api.DownloadInfo.State;
import org.filbert.transfer.api.SourceInfo.Reach;

/**
 * One file being downloaded: its partial file, its {@link ChunkMap}, its sources, its state
 * file. Source connections ask it for chunks and hand it the bytes; the component's tick asks
 * it which sources to connect to and saves its state. A chunk being checked again after a
 * failed SHA-1 is kept in memory until whole and compared with what is on disk. Thread-safe:
 * every method holds the object's lock (all of them are short; file writes go to the page
 * cache).
 */
final class Download {

    /** Times disagreeing chunks are fetched again when no single source explains them. */
    static final int MAX_REPAIRS = 3;

    private final int id;
    private final String sha1;
    private final String name;
    private final int chunkSize;
    private final Path partial;
    private final Path stateFile;
    private final Map<String, SourceEntry> sources = new LinkedHashMap<>();
    private final int maxSources;
    private long size;
    private ChunkMap chunks;
    private FileChannel file;
    private State state = State.WAITING;
    private String problem = "";
    private Path completed;
    private boolean dirty;
    private final Disagreements disagreements;
    /** Whether the chunks were already checked against second sources since the last failed hash. */
    private boolean rechecked;
    private int repairs;
    /** Bytes received since the rate was last taken, and since this object was made (this session). */
    private long received;
    private long fetched;

    Download(int id, String sha1, String name, long size, int chunkSize, Path incompleteFolder, int maxSources) {
        this.id = id;
        this.sha1 = sha1;
        this.name = name;
        this.size = size;
        this.chunkSize = chunkSize;
        this.maxSources = maxSources;
        this.partial = incompleteFolder.resolve(sha1 + ".part");
        this.stateFile = incompleteFolder.resolve(sha1 + ".state");
        this.disagreements = new Disagreements(incompleteFolder.resolve(sha1 + ".alt"));
        if (size >= 0) {
            chunks = new ChunkMap(size, chunkSize);
        }
    }

    /** Recreates a download from its state file (after a restart). */
    static Download resume(int id, DownloadState saved, Path incompleteFolder, int maxSources) {
        Download d = new Download(id, saved.sha1(), saved.name(), saved.size(), saved.chunkSize(), incompleteFolder, maxSources);
        synchronized (d) {
            if (d.chunks != null) {
                saved.runs().forEach(d.chunks::restore);
            }
            saved.sources().forEach(d::addSource);
        }
        return d;
    }

    int id() {
        return id;
    }

    String sha1() {
        return sha1;
    }

    String name() {
        return name;
    }

    Path partialFile() {
        return partial;
    }

    /** Adds a source unless known, dropped, or the download has {@code maxSources}; true when added. */
    synchronized boolean addSource(FileSource source) {
        if (sources.containsKey(source.key()) || sources.size() >= maxSources) {
            return false;
        }
        sources.put(source.key(), new SourceEntry(source));
        dirty = true;
        return true;
    }

    synchronized boolean finished() {
        return state == State.COMPLETE || state == State.FAILED || state == State.CANCELLED;
    }

    /**
     * Sources to connect to now: idle, not dropped, due, at most {@code maxActive} active in
     * all; they are marked active. None while the size is unknown and one is already trying.
     */
    synchronized List<FileSource> sourcesToStart(long nowNanos, int maxActive) {
        List<FileSource> start = new ArrayList<>();
        if (finished() || state == State.VERIFYING) {
            return start;
        }
        int active = (int) sources.values().stream().filter(s -> s.active).count();
        int limit = chunks == null ? 1 : maxActive;
        for (SourceEntry s : sources.values()) {
            if (active >= limit) {
                break;
            }
            if (!s.active && !s.dropped && s.retryAtNanos - nowNanos <= 0 && (chunks == null || chunks.available(s.key()))) {
                s.active = true;
                active++;
                start.add(s.source);
            }
        }
        return start;
    }

    /** Whether the size is known (else the first source is asked with HEAD). */
    synchronized boolean sizeKnown() {
        return chunks != null;
    }

    /**
     * The size a source reported. The first report fixes it; a source that disagrees is wrong.
     *
     * @return false when it contradicts the known size
     */
    synchronized boolean learnSize(long reported) {
        if (chunks == null) {
            size = reported;
            chunks = new ChunkMap(reported, chunkSize);
            dirty = true;
            return true;
        }
        return reported == size;
    }

    synchronized long size() {
        return size;
    }

    /** The next chunk for a source, marked as being fetched by it; empty when it has nothing to do. */
    synchronized Optional<ChunkMap.Chunk> assign(String source) {
        if (chunks == null || finished() || state == State.VERIFYING) {
            return Optional.empty();
        }
        SourceEntry entry = sources.get(source);
        if (entry == null || entry.dropped) {
            return Optional.empty();
        }
        Optional<ChunkMap.Chunk> chunk = chunks.assign(source);
        chunk.ifPresent(c -> state = State.RUNNING);
        return chunk;
    }

    /** Whether the chunk's bytes are to be compared (a recheck) rather than written. */
    synchronized boolean rechecking(ChunkMap.Chunk chunk) {
        return chunks.rechecking(chunk.number());
    }

    /** Writes bytes of a chunk at their place in the partial file. */
    synchronized void write(long position, ByteBuffer bytes) throws IOException {
        if (finished()) {
            return;
        }
        int n = bytes.remaining();
        while (bytes.hasRemaining()) {
            openFile().write(bytes, position + (n - bytes.remaining()));
        }
    }

    /** A source sent {@code bytes} bytes of a chunk (written or compared). */
    synchronized void received(String source, long bytes) {
        received += bytes;
        fetched += bytes;
        SourceEntry entry = sources.get(source);
        if (entry != null) {
            entry.received += bytes;
        }
    }

    /** A push was sent to a firewalled source, through a proxy ({@code via}) or along its hit's route. */
    synchronized void pushing(String source, Reach how, String via) {
        SourceEntry entry = sources.get(source);
        if (entry != null) {
            entry.pushed = how;
            entry.pushedVia = via;
        }
    }

    /** A connection to the source opened: ours, or its own after our push ({@code byGiv}). */
    synchronized void connected(String source, boolean byGiv) {
        SourceEntry entry = sources.get(source);
        if (entry != null) {
            entry.connected(byGiv);
        }
    }

    private FileChannel openFile() throws IOException {
        if (file == null) {
            file = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        return file;
    }

    /** A source wrote a whole chunk. */
    synchronized void written(ChunkMap.Chunk chunk, String source) {
        chunks.written(chunk.number(), source);
        SourceEntry entry = sources.get(source);
        if (entry != null) {
            entry.failures = 0;
        }
        dirty = true;
    }

    /**
     * A recheck of a chunk finished with these bytes: equal to the disk, the chunk is
     * confirmed; different, the two versions are kept for {@link #resolve}.
     *
     * @return whether the checker disagreed with the writer
     */
    synchronized boolean recheck(ChunkMap.Chunk chunk, String source, byte[] bytes) throws IOException {
        ByteBuffer onDisk = Disagreements.read(openFile(), chunk);
        chunks.confirmed(chunk.number());
        if (onDisk.equals(ByteBuffer.wrap(bytes))) {
            return false;
        }
        disagreements.record(chunk, source, bytes);
        return true;
    }

    /**
     * After a recheck pass, before hashing: finds the source whose chunks, replaced by the
     * other versions, make the file match; it is dropped and the file is whole. When no
     * suspect explains the differences, the disagreeing chunks are fetched again (up to
     * {@link #MAX_REPAIRS} times). Holds the lock while it hashes: rare, and nothing else
     * happens to a download being verified.
     *
     * @return the source found bad, if any
     */
    synchronized Optional<String> resolve() throws IOException {
        if (disagreements.isEmpty()) {
            return Optional.empty();
        }
        openFile().force(false);
        Optional<String> culprit = disagreements.culprit(chunks, partial, sha1);
        if (culprit.isPresent()) {
            disagreements.apply(chunks, openFile(), culprit.get());
            drop(culprit.get(), "sent data that does not match the file's SHA-1");
        } else {
            for (int k : disagreements.chunks()) {
                chunks.forget(k);
            }
            disagreements.clear();
            repairs++;
            state = State.RUNNING;
        }
        dirty = true;
        return culprit;
    }

    /** Who wrote a chunk, for the log. */
    synchronized String writerOf(ChunkMap.Chunk chunk) {
        return chunks.writer(chunk.number());
    }

    /** The source gave the chunk up; someone else may take it. */
    synchronized void release(ChunkMap.Chunk chunk, String source) {
        if (chunks != null) {
            chunks.release(chunk.number(), source);
        }
    }

    /** The connection to a source ended; it may be tried again after {@code retryAfterNanos}. */
    synchronized void sourceIdle(String source, long nowNanos, long retryAfterNanos, String why, boolean failure) {
        SourceEntry entry = sources.get(source);
        if (entry == null) {
            return;
        }
        entry.active = false;
        entry.retryAtNanos = nowNanos + retryAfterNanos;
        if (failure) {
            entry.failures++;
            entry.lastProblem = why;
        }
    }

    /** Failures in a row of a source. */
    synchronized int failures(String source) {
        SourceEntry entry = sources.get(source);
        return entry == null ? 0 : entry.failures;
    }

    /** The source is never asked again (it does not have the file, or it sent bad data). */
    synchronized void drop(String source, String why) {
        SourceEntry entry = sources.get(source);
        if (entry != null) {
            entry.dropped = true;
            entry.active = false;
            entry.lastProblem = why;
            problem = source + " " + why;
        }
    }

    /** Whether every chunk is written and no recheck is pending: time to verify. */
    synchronized boolean readyToVerify() {
        if (chunks == null || !chunks.complete() || state == State.VERIFYING || finished()) {
            return false;
        }
        state = State.VERIFYING;
        return true;
    }

    /** A source was found bad and replaced: a new failure of the hash is a new story. */
    synchronized void repaired() {
        rechecked = false;
    }

    /** The file matched its SHA-1 and was moved to {@code to}. */
    synchronized void completed(Path to) {
        state = State.COMPLETE;
        completed = to;
        problem = "";
        closeFile();
    }

    /**
     * The file did not match its SHA-1: every chunk is checked against another source; when
     * no other source can ever check it, the download fails.
     */
    synchronized void mismatch() {
        state = State.RUNNING;
        if (rechecked || repairs > MAX_REPAIRS) {
            fail("SHA-1 mismatch although second sources confirmed every chunk" + (repairs > MAX_REPAIRS ? " (after repairs)" : ""));
            return;
        }
        List<String> writers = writerKeys();
        if (writers.size() == 1) {
            // One writer wrote it all: it alone can be wrong.
            chunks.culprit(writers.get(0));
            drop(writers.get(0), "sent data that does not match the file's SHA-1");
        } else {
            chunks.recheckAll();
            rechecked = true;
            problem = "SHA-1 mismatch: checking each chunk against another source";
        }
        dirty = true;
    }

    /** The sources not dropped. */
    synchronized List<FileSource> knownSources() {
        return sources.values().stream().filter(s -> !s.dropped).map(s -> s.source).toList();
    }

    /** The sources dropped: without the file, sending bad data, or failing again and again. */
    synchronized List<FileSource> droppedSources() {
        return sources.values().stream().filter(s -> s.dropped).map(s -> s.source).toList();
    }

    /**
     * The sources, not dropped, that wrote chunks of the file as it is now: once its SHA-1 is
     * verified, those that delivered good data.
     */
    synchronized List<FileSource> writers() {
        List<String> keys = writerKeys();
        return sources.values().stream().filter(s -> !s.dropped && keys.contains(s.key())).map(s -> s.source).toList();
    }

    /** Who wrote the chunks written, each once, in the order of the chunks. */
    private List<String> writerKeys() {
        List<String> writers = new ArrayList<>();
        for (int i = 0; chunks != null && i < chunks.count(); i++) {
            String w = chunks.writer(i);
            if (w != null && !writers.contains(w)) {
                writers.add(w);
            }
        }
        return writers;
    }

    /** Closes the partial file: before it is moved (verification passed), or when the component stops. */
    synchronized void close() {
        closeFile();
    }

    /** Gives up with a reason. */
    synchronized void fail(String why) {
        state = State.FAILED;
        problem = why;
        closeFile();
    }

    /** Cancelled by the user: the caller deletes the files. */
    synchronized void cancel() {
        state = State.CANCELLED;
        closeFile();
    }

    /** Whether no source can ever help: all dropped and work is left. */
    synchronized boolean hopeless() {
        return !finished() && state != State.VERIFYING && !sources.isEmpty()
                && sources.values().stream().allMatch(s -> s.dropped);
    }

    private void closeFile() {
        if (file != null) {
            try {
                file.close();
            } catch (IOException e) {
                problem = problem.isEmpty() ? "closing: " + e.getMessage() : problem;
            }
            file = null;
        }
    }

    /**
     * Writes the state file when something changed since the last save and the download is
     * not finished. Holds the lock while it writes (a small file, to the page cache), so that
     * a save never lands after the download completed and its state file was deleted.
     */
    synchronized void save() throws IOException {
        if (!dirty || finished()) {
            return;
        }
        new DownloadState(sha1, name, size, chunkSize, chunks == null ? List.of() : chunks.runs(),
                sources.values().stream().filter(s -> !s.dropped).map(s -> s.source).toList()).save(stateFile);
        dirty = false;
    }

    Path stateFile() {
        return stateFile;
    }

    /** Bytes received since the last call (for the rate). */
    synchronized long takeReceived() {
        long r = received;
        received = 0;
        return r;
    }

    synchronized DownloadInfo info(long bytesPerSecond) {
        int active = (int) sources.values().stream().filter(s -> s.active).count();
        int known = (int) sources.values().stream().filter(s -> !s.dropped).count();
        String shown = problem;
        if (shown.isEmpty() && active == 0 && !finished()) {
            shown = sources.values().stream().map(s -> s.lastProblem).filter(p -> !p.isEmpty()).reduce((a, b) -> b).orElse("");
        }
        return new DownloadInfo(id, sha1, name, size, chunks == null ? 0 : chunks.done(), fetched, state, active, known, bytesPerSecond,
                completed != null ? completed : partial, shown, sources.values().stream().map(SourceEntry::info).toList());
    }
}
