package org.filbert.library.impl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders the library shares: the configured ones (the {@code --share} flags, the
 * configuration's {@code shares}) changed by the user at run time. The changes are kept in
 * {@code DATA/library/shares.txt}, one folder a line: {@code +PATH} a folder shared at run
 * time, {@code -PATH} a configured folder unshared at run time (so it stays unshared after a
 * restart while the configuration still names it; sharing it again removes the line). Lines
 * that are neither are skipped. The file is written temp-then-rename after every change.
 * Paths are absolute and normalised. Thread-safe (one lock).
 */
final class SharedFolders {

    private final List<Path> configured;
    private final Path file;
    /** Folders shared at run time; replaced whole under the lock. */
    private Set<Path> added = new LinkedHashSet<>();
    /** Configured folders unshared at run time; replaced whole under the lock. */
    private Set<Path> removed = new LinkedHashSet<>();

    SharedFolders(List<Path> configured, Path file) {
        this.configured = configured.stream().map(SharedFolders::normal).distinct().toList();
        this.file = file;
    }

    /** Reads the run-time changes from the file, if it exists. */
    synchronized void load() throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return;
        }
        for (String line : lines) {
            if (line.startsWith("+") && line.length() > 1) {
                added.add(normal(Path.of(line.substring(1))));
            } else if (line.startsWith("-") && line.length() > 1) {
                removed.add(normal(Path.of(line.substring(1))));
            }
        }
    }

    static Path normal(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    /** The folders shared now: the configured ones not unshared, then those shared at run time. */
    synchronized List<Path> current() {
        Set<Path> all = new LinkedHashSet<>(configured);
        all.removeAll(removed);
        all.addAll(added);
        return List.copyOf(all);
    }

    /**
     * Shares a folder from now on.
     *
     * @throws IllegalArgumentException when it is not a folder or is shared already
     * @throws IOException when the change cannot be written (then nothing changed)
     */
    synchronized void share(Path folder) throws IOException {
        Path f = normal(folder);
        if (!Files.isDirectory(f)) {
            throw new IllegalArgumentException("not a folder: " + f);
        }
        if (current().contains(f)) {
            throw new IllegalArgumentException("already shared: " + f);
        }
        Set<Path> nowAdded = new LinkedHashSet<>(added);
        Set<Path> nowRemoved = new LinkedHashSet<>(removed);
        if (!nowRemoved.remove(f)) {
            nowAdded.add(f);
        }
        commit(nowAdded, nowRemoved);
    }

    /**
     * Stops sharing a folder.
     *
     * @throws IllegalArgumentException when it is not shared
     * @throws IOException when the change cannot be written (then nothing changed)
     */
    synchronized void unshare(Path folder) throws IOException {
        Path f = normal(folder);
        if (!current().contains(f)) {
            throw new IllegalArgumentException("not shared: " + f);
        }
        Set<Path> nowAdded = new LinkedHashSet<>(added);
        Set<Path> nowRemoved = new LinkedHashSet<>(removed);
        if (!nowAdded.remove(f)) {
            nowRemoved.add(f);
        }
        commit(nowAdded, nowRemoved);
    }

    /** Writes the changes, then makes them current. */
    private void commit(Set<Path> nowAdded, Set<Path> nowRemoved) throws IOException {
        List<String> lines = new ArrayList<>();
        nowAdded.forEach(f -> lines.add("+" + f));
        nowRemoved.forEach(f -> lines.add("-" + f));
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        added = nowAdded;
        removed = nowRemoved;
    }
}
