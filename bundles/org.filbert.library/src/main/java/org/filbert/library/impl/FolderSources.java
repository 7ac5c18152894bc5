package org.filbert.library.impl;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.library.api.SharedFolderSource;

/**
 * The folders other bundles have the library share ({@link SharedFolderSource} services bound
 * now), absolute and normalised as {@link SharedFolders} keeps the user's. Thread-safe
 * (a copy-on-write list).
 */
final class FolderSources {

    private final List<SharedFolderSource> sources = new CopyOnWriteArrayList<>();

    void add(SharedFolderSource source) {
        sources.add(source);
    }

    void remove(SharedFolderSource source) {
        sources.remove(source);
    }

    /** Every folder offered, in the order the services came. */
    List<Path> folders() {
        return sources.stream().flatMap(s -> s.folders().stream()).map(SharedFolders::normal).distinct().toList();
    }

    /** Who shares a folder (normalised), if a service offers it. */
    Optional<String> sharedBy(Path folder) {
        return sources.stream().filter(s -> s.folders().stream().map(SharedFolders::normal).anyMatch(folder::equals))
                .map(SharedFolderSource::sharedBy).findFirst();
    }
}
