package org.filbert.library.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The shared files: what is shared, how far hashing has come. Provided by the library; thread-safe. */
@ProviderType
public interface Library {

    /** The state of the whole library. */
    Summary summary();

    /** The shared files, by folder and name. */
    List<SharedFile> files();

    /** The shared, hashed file with that base32 SHA-1, if any. */
    Optional<SharedFile> bySha1(String sha1);

    /** The shared file with that index (its number in our hits), if any. */
    Optional<SharedFile> byIndex(long index);

    /**
     * Shares a folder (with its subfolders) from now on, across restarts, and rescans at once.
     *
     * @throws IllegalArgumentException with a one-line reason: not a folder, already shared, cannot be saved
     */
    void share(Path folder);

    /**
     * Stops sharing a folder, a configured one too, across restarts, and rescans at once.
     *
     * @throws IllegalArgumentException with a one-line reason: not shared, cannot be saved
     */
    void unshare(Path folder);

    /**
     * A file just written into a shared folder whose SHA-1 the caller has verified (a finished
     * download): the library scans at once rather than at the next rescan, and takes that
     * SHA-1 instead of hashing the file again. Nothing is shared when the file is not in a
     * shared folder or is one the library skips (hidden, a partial download). Returns at once.
     */
    void arrived(Path file, String sha1);

    /**
     * Where the library stands.
     *
     * @param folders the shared folders: the user's, then those {@link SharedFolderSource}s offer
     * @param files files found
     * @param hashed files whose SHA-1 is known
     * @param bytes total size of the files found
     * @param lastScan when the folders were last scanned, if ever
     */
    record Summary(List<Path> folders, int files, int hashed, long bytes, Optional<java.time.Instant> lastScan) {
    }

    /**
     * One shared file.
     *
     * @param index its number in query hits
     * @param path where it is
     * @param size its size in bytes
     * @param sha1 its SHA-1 in base32, once hashed
     */
    record SharedFile(long index, Path path, long size, Optional<String> sha1) {
    }
}
