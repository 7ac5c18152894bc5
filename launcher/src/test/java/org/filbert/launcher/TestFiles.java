package org.filbert.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;

/** Files the end-to-end tests share and how Gnutella names them (base32 SHA-1). Stateless. */
final class TestFiles {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TestFiles() {
    }

    /** Writes {@code size} pseudo-random bytes (the same for the same seed) to {@code file}; their base32 SHA-1. */
    static String random(Path file, int size, long seed) throws IOException {
        Random random = new Random(seed);
        MessageDigest sha1 = sha1();
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int left = size; left > 0; left -= block.length) {
                random.nextBytes(block);
                int n = Math.min(left, block.length);
                out.write(block, 0, n);
                sha1.update(block, 0, n);
            }
        }
        return base32(sha1.digest());
    }

    /** The SHA-1 of a file in base32, as in {@code urn:sha1:}. */
    static String sha1Base32(Path file) throws IOException {
        return sha1Base32(Files.readAllBytes(file));
    }

    /** The SHA-1 of some bytes in base32, as in {@code urn:sha1:}. */
    static String sha1Base32(byte[] bytes) {
        return base32(sha1().digest(bytes));
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base32(byte[] digest) {
        StringBuilder b = new StringBuilder();
        for (int bit = 0; bit < digest.length * 8; bit += 5) {
            int value = 0;
            for (int i = 0; i < 5; i++) {
                int at = bit + i;
                value = value << 1 | (at < digest.length * 8 ? digest[at / 8] >> (7 - at % 8) & 1 : 0);
            }
            b.append(BASE32.charAt(value));
        }
        return b.toString();
    }
}
