package org.filbert.transfer.impl.download;

import org.filbert.api.transfer.FileSource;

/**
 * One source of one download and how it has done: whether a connection to it is open,
 * failures in a row, when it may be tried again, whether it is dropped for good (it sent
 * bad data or said it does not have the file). Not thread-safe: the owning {@link Download}
 * guards it.
 */
final class SourceEntry {

    final FileSource source;
    boolean active;
    int failures;
    long retryAtNanos;
    boolean dropped;
    String lastProblem = "";

    SourceEntry(FileSource source) {
        this.source = source;
    }

    /** The key chunks are written under: {@link FileSource#key()}. */
    String key() {
        return source.key();
    }
}
