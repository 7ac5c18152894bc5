package org.filbert.library.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.regex.Pattern;

import org.filbert.wire.ggep.Urn;

/**
 * The SHA-1 of a file, in the base32 of {@code urn:sha1:}, read in 64 KiB blocks: how the
 * library hashes what it shares and downloads verify what they fetched. Stateless.
 */
public final class Sha1 {

    private static final Pattern BASE32 = Pattern.compile("[A-Z2-7]{32}");

    private Sha1() {
    }

    /** Whether the text is a SHA-1 in that base32: 32 letters A-Z and digits 2-7. */
    public static boolean isBase32(String text) {
        return BASE32.matcher(text).matches();
    }

    /** Reads the whole file; blocking: call it from a disk thread. */
    public static String of(Path file) throws IOException {
        MessageDigest sha1 = digest();
        byte[] block = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(block); n >= 0; n = in.read(block)) {
                sha1.update(block, 0, n);
            }
        }
        return base32(sha1);
    }

    /** A fresh SHA-1 digest, for bytes that come from elsewhere than one file. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-1", e);
        }
    }

    /** Finishes the digest, in the base32 of {@code urn:sha1:}. */
    public static String base32(MessageDigest sha1) {
        return Urn.sha1(sha1.digest()).sha1Base32();
    }
}
