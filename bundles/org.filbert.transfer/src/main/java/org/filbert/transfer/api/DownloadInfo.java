package org.filbert.transfer.api;

import java.nio.file.Path;
import java.util.List;

/**
 * One download as user interfaces see it.
 *
 * @param id its number, stable for the life of the process
 * @param sha1 the file's base32 SHA-1
 * @param name the file's name
 * @param size its size in bytes, -1 until known
 * @param done bytes written and not to be fetched again
 * @param fetched bytes received from sources since the node started (a download resumed at
 *        start counts only what it fetched since)
 * @param state what it is doing
 * @param activeSources sources sending now
 * @param knownSources sources known (including the mesh's)
 * @param bytesPerSecond recent rate
 * @param file the partial file while running, the completed file once done
 * @param problem why it failed or what the last source said, empty when nothing
 * @param sources every source, the dropped ones too, in the order they became known
 */
public record DownloadInfo(int id, String sha1, String name, long size, long done, long fetched, State state, int activeSources,
        int knownSources, long bytesPerSecond, Path file, String problem, List<SourceInfo> sources) {

    public DownloadInfo {
        sources = List.copyOf(sources);
    }

    /** Where a download stands. */
    public enum State {
        /** Looking for a source that answers. */
        WAITING,
        /** Receiving data. */
        RUNNING,
        /** All data here; checking its SHA-1. */
        VERIFYING,
        /** Verified and moved to the completed folder. */
        COMPLETE,
        /** Given up: see {@code problem}. */
        FAILED,
        /** Cancelled by the user. */
        CANCELLED
    }
}
