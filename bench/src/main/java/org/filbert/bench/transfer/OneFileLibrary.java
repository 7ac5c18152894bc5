package org.filbert.bench.transfer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.filbert.library.api.Library;

/** A library sharing one file, unhashed, as index 1 (served as {@code /get/1/NAME}). Immutable, thread-safe. */
record OneFileLibrary(SharedFile file) implements Library {

    OneFileLibrary(Path path, long size) {
        this(new SharedFile(1, path, size, Optional.empty()));
    }

    @Override
    public Summary summary() {
        return new Summary(List.of(file.path().getParent()), 1, 0, file.size(), Optional.empty());
    }

    @Override
    public List<SharedFile> files() {
        return List.of(file);
    }

    @Override
    public Optional<SharedFile> bySha1(String sha1) {
        return Optional.empty();
    }

    @Override
    public Optional<SharedFile> byIndex(long index) {
        return index == file.index() ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void share(java.nio.file.Path folder) {
        throw new IllegalArgumentException("the benchmark shares one file, no folders");
    }

    /** No folder is shared, so nothing that arrives is. */
    @Override
    public void arrived(Path file, String sha1) {
    }

    @Override
    public void unshare(java.nio.file.Path folder) {
        throw new IllegalArgumentException("the benchmark shares one file, no folders");
    }
}
