package org.filbert.transfer.api;

import java.util.List;

import org.filbert.api.transfer.FileSource;
import org.osgi.annotation.versioning.ProviderType;

/** The node's downloads. Provided by the transfer bundle; thread-safe, never blocks on the network. */
@ProviderType
public interface Downloads {

    /**
     * Starts (or, for a file already being downloaded, adds the sources to) the download of a
     * file known by its SHA-1.
     *
     * @param sha1 base32 SHA-1
     * @param name the file's name (a path separator in it is replaced)
     * @param size its size in bytes, or -1 when unknown (learnt from the first source)
     * @param sources where to get it; more come from the mesh
     * @throws IllegalArgumentException with a one-line reason (bad name, file already complete...)
     */
    DownloadInfo start(String sha1, String name, long size, List<FileSource> sources);

    /** Every download, oldest first: running, queued, finished and failed (until cleared). */
    List<DownloadInfo> list();

    /**
     * Stops a download and deletes its partial file.
     *
     * @return false when there is no download with that number
     */
    boolean cancel(int id);
}
