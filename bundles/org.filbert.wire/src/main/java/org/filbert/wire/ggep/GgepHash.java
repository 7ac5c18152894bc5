package org.filbert.wire.ggep;

import java.util.Arrays;
import java.util.Optional;

/**
 * The GGEP {@code H} extension: a hash type byte (1 = SHA-1, 20 bytes; 2 = bitprint, SHA-1 followed
 * by the 24-byte Tiger tree root) and the digest. Stateless, thread-safe.
 */
public final class GgepHash {
    public static final String ID = "H";
    public static final int TYPE_SHA1 = 1;
    public static final int TYPE_BITPRINT = 2;

    private GgepHash() {
    }

    /** The URN an {@code H} extension carries; empty for other IDs, unknown types or wrong lengths. */
    public static Optional<Urn> decode(GgepExtension extension) {
        byte[] data = extension.data();
        if (!ID.equals(extension.id()) || data.length == 0) {
            return Optional.empty();
        }
        if (data[0] == TYPE_SHA1 && data.length == 1 + Urn.SHA1_LENGTH) {
            return Optional.of(Urn.sha1(Arrays.copyOfRange(data, 1, data.length)));
        }
        if (data[0] == TYPE_BITPRINT && data.length == 1 + Urn.SHA1_LENGTH + Urn.TIGER_LENGTH) {
            return Optional.of(Urn.bitprint(Arrays.copyOfRange(data, 1, 1 + Urn.SHA1_LENGTH),
                    Arrays.copyOfRange(data, 1 + Urn.SHA1_LENGTH, data.length)));
        }
        return Optional.empty();
    }

    /** The {@code H} extension for a URN (type 2 for a bitprint, 1 otherwise). */
    public static GgepExtension encode(Urn urn) {
        byte[] sha1 = urn.sha1();
        byte[] tiger = urn.tiger();
        byte[] data = new byte[1 + sha1.length + tiger.length];
        data[0] = (byte) (urn.isBitprint() ? TYPE_BITPRINT : TYPE_SHA1);
        System.arraycopy(sha1, 0, data, 1, sha1.length);
        System.arraycopy(tiger, 0, data, 1 + sha1.length, tiger.length);
        return GgepExtension.of(ID, data);
    }
}
