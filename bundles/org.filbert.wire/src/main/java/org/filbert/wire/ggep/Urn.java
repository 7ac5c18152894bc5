package org.filbert.wire.ggep;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.internal.Base32;
import org.filbert.wire.internal.Checks;

/**
 * A HUGE file URN: {@code urn:sha1:<base32 SHA-1>} or {@code urn:bitprint:<base32 SHA-1>.<base32 Tiger
 * tree root>}. Immutable record (digests copied), thread-safe.
 *
 * @param sha1 the 20-byte SHA-1
 * @param tiger the 24-byte Tiger tree root, or an empty array for a plain SHA-1 URN
 */
public record Urn(byte[] sha1, byte[] tiger) implements ExtensionItem {
    public static final int SHA1_LENGTH = 20;
    public static final int TIGER_LENGTH = 24;
    private static final String SHA1_PREFIX = "urn:sha1:";
    private static final String BITPRINT_PREFIX = "urn:bitprint:";
    private static final byte[] SHA1_PREFIX_BYTES = SHA1_PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BITPRINT_PREFIX_BYTES = BITPRINT_PREFIX.getBytes(StandardCharsets.US_ASCII);

    public Urn {
        sha1 = Checks.copyExact(sha1, SHA1_LENGTH, "sha1");
        Objects.requireNonNull(tiger, "tiger");
        if (tiger.length != 0 && tiger.length != TIGER_LENGTH) {
            throw new IllegalArgumentException("tiger root must be empty or 24 bytes");
        }
        tiger = tiger.clone();
    }

    public static Urn sha1(byte[] sha1) {
        return new Urn(sha1, new byte[0]);
    }

    public static Urn bitprint(byte[] sha1, byte[] tiger) {
        return new Urn(sha1, Checks.copyExact(tiger, TIGER_LENGTH, "tiger"));
    }

    /** Parses {@code urn:sha1:} or {@code urn:bitprint:} text (prefix case-insensitive). */
    public static Optional<Urn> parse(String text) {
        if (startsWithIgnoringAsciiCase(text, SHA1_PREFIX)) {
            return Base32.decode(text, SHA1_PREFIX.length(), text.length(), SHA1_LENGTH).map(Urn::sha1);
        }
        if (startsWithIgnoringAsciiCase(text, BITPRINT_PREFIX)) {
            int dot = text.indexOf('.', BITPRINT_PREFIX.length());
            if (dot < 0) {
                return Optional.empty();
            }
            Optional<byte[]> sha1 = Base32.decode(text, BITPRINT_PREFIX.length(), dot, SHA1_LENGTH);
            Optional<byte[]> tiger = Base32.decode(text, dot + 1, text.length(), TIGER_LENGTH);
            return sha1.isPresent() && tiger.isPresent()
                    ? Optional.of(new Urn(sha1.get(), tiger.get())) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether {@code text} starts with the lower-case {@code prefix}, ASCII letters compared in any case. */
    private static boolean startsWithIgnoringAsciiCase(String text, String prefix) {
        if (text.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public byte[] sha1() {
        return sha1.clone();
    }

    @Override
    public byte[] tiger() {
        return tiger.clone();
    }

    public boolean isBitprint() {
        return tiger.length == TIGER_LENGTH;
    }

    /** The SHA-1 in base32, as in {@code urn:sha1:}. */
    public String sha1Base32() {
        return Base32.encode(sha1);
    }

    /** The Tiger tree root in base32, or an empty string. */
    public String tigerBase32() {
        return Base32.encode(tiger);
    }

    /** This URN reduced to its SHA-1 part. */
    public Urn toSha1Urn() {
        return isBitprint() ? sha1(sha1) : this;
    }

    /** The canonical text form. */
    public String text() {
        return isBitprint()
                ? BITPRINT_PREFIX + sha1Base32() + "." + tigerBase32()
                : SHA1_PREFIX + sha1Base32();
    }

    @Override
    public byte[] toBytes() {
        byte[] prefix = isBitprint() ? BITPRINT_PREFIX_BYTES : SHA1_PREFIX_BYTES;
        int length = prefix.length + Base32.encodedLength(SHA1_LENGTH)
                + (isBitprint() ? 1 + Base32.encodedLength(TIGER_LENGTH) : 0);
        byte[] out = new byte[length];
        System.arraycopy(prefix, 0, out, 0, prefix.length);
        int at = Base32.encodeInto(sha1, out, prefix.length);
        if (isBitprint()) {
            out[at++] = '.';
            Base32.encodeInto(tiger, out, at);
        }
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Urn u && Arrays.equals(sha1, u.sha1) && Arrays.equals(tiger, u.tiger);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(sha1) + Arrays.hashCode(tiger);
    }

    @Override
    public String toString() {
        return text();
    }
}
