package org.filbert.console.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.filbert.api.console.ConsoleFrame;

/**
 * Writes and removes {@code DATA/console.port} and {@code DATA/console.token}, each
 * written to a temporary file and renamed, the token readable by its owner only.
 * Stateless; thread-safe.
 */
final class ConsoleFiles {

    private final Path dataDirectory;

    ConsoleFiles(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
    }

    void publish(int port, String token) throws IOException {
        Files.createDirectories(dataDirectory);
        write(ConsoleFrame.TOKEN_FILE, token);
        write(ConsoleFrame.PORT_FILE, Integer.toString(port));
    }

    private void write(String name, String content) throws IOException {
        Path tmp = Files.createTempFile(dataDirectory, name, ".tmp");
        try {
            if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(tmp, content + "\n");
            Files.move(tmp, dataDirectory.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Removes the files if they still name this port (a newer node may have replaced them). */
    void withdraw(int port) throws IOException {
        Path portFile = dataDirectory.resolve(ConsoleFrame.PORT_FILE);
        if (Files.exists(portFile) && Files.readString(portFile).trim().equals(Integer.toString(port))) {
            Files.deleteIfExists(portFile);
            Files.deleteIfExists(dataDirectory.resolve(ConsoleFrame.TOKEN_FILE));
        }
    }
}
