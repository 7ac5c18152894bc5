package org.filbert.wire;

/**
 * Every size and count limit the decoders enforce, with defaults matching the deployed servents.
 * Immutable record, thread-safe.
 *
 * @param maxPayloadSize largest message payload accepted (both major servents refuse over 64 KiB)
 * @param maxGgepInflatedSize largest total size the deflated GGEP extensions of one message (all its GGEP
 *        blocks together; a block decoded on its own counts alone) may inflate to
 * @param maxGgepExtensions most extensions in one GGEP block
 * @param maxExtensionItems most items (GGEP blocks, URNs, other text) in one extension area
 * @param maxQrpTableSize largest QRP table (slots) a RESET may announce
 * @param maxQrpPatchInflatedSize largest inflated patch for one table update, in bytes
 * @param maxHandshakeLineLength longest handshake line, without its line terminator
 * @param maxHeaderCount most header lines in one handshake block
 * @param maxHeaderBlockBytes largest handshake block, terminators included
 * @param maxResultsPerHit most results in one query hit
 */
public record WireLimits(
        int maxPayloadSize,
        int maxGgepInflatedSize,
        int maxGgepExtensions,
        int maxExtensionItems,
        int maxQrpTableSize,
        int maxQrpPatchInflatedSize,
        int maxHandshakeLineLength,
        int maxHeaderCount,
        int maxHeaderBlockBytes,
        int maxResultsPerHit) {

    /** The defaults: 64 KiB payloads, 2 Mi-slot QRP tables (gtk-gnutella's maximum), 1 KiB lines. */
    public static final WireLimits DEFAULT = new WireLimits(
            64 * 1024, 64 * 1024, 64, 32, 2 * 1024 * 1024, 1024 * 1024, 1024, 64, 16 * 1024, 255);

    public WireLimits {
        requirePositive(maxPayloadSize, "maxPayloadSize");
        requirePositive(maxGgepInflatedSize, "maxGgepInflatedSize");
        requirePositive(maxGgepExtensions, "maxGgepExtensions");
        requirePositive(maxExtensionItems, "maxExtensionItems");
        requirePositive(maxQrpTableSize, "maxQrpTableSize");
        requirePositive(maxQrpPatchInflatedSize, "maxQrpPatchInflatedSize");
        requirePositive(maxHandshakeLineLength, "maxHandshakeLineLength");
        requirePositive(maxHeaderCount, "maxHeaderCount");
        requirePositive(maxHeaderBlockBytes, "maxHeaderBlockBytes");
        requirePositive(maxResultsPerHit, "maxResultsPerHit");
    }

    private static void requirePositive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
