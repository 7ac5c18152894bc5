package org.filbert.node.impl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The node's servent GUID, kept as 32 hex digits in {@code DATA/servent.guid}: read if
 * present and well-formed, else made (random, with the modern servents' marks: byte 8 is
 * 0xFF, byte 15 is 0) and written temp-file-then-rename. Stateless.
 */
final class ServentGuidFile {

    static final String NAME = "servent.guid";

    private ServentGuidFile() {
    }

    static byte[] loadOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String hex = Files.readString(file).trim();
            if (hex.matches("[0-9a-fA-F]{32}")) {
                return HexFormat.of().parseHex(hex);
            }
        }
        byte[] guid = new byte[16];
        new SecureRandom().nextBytes(guid);
        guid[8] = (byte) 0xFF;
        guid[15] = 0;
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), NAME, ".tmp");
        Files.writeString(tmp, HexFormat.of().formatHex(guid) + "\n");
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return guid;
    }
}
