package org.filbert.transfer.impl.download;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where downloads live: the configured folders, else {@code DATA/downloads/incomplete} and
 * {@code DATA/downloads/complete}; each made when missing. Stateless.
 */
final class DownloadFolders {

    private DownloadFolders() {
    }

    /** Partial files and their state. */
    static Path incomplete(DownloadConfig config, Path data) throws IOException {
        return made(config.incompleteFolder(), data.resolve("downloads").resolve("incomplete"));
    }

    /** Verified files. */
    static Path complete(DownloadConfig config, Path data) throws IOException {
        return made(config.completeFolder(), data.resolve("downloads").resolve("complete"));
    }

    private static Path made(String configured, Path otherwise) throws IOException {
        return Files.createDirectories(configured.isBlank() ? otherwise : Path.of(configured));
    }
}
