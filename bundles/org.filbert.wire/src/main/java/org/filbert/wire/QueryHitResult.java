package org.filbert.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.ExtensionItem;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.Urn;
import org.filbert.wire.ggep.Vlint;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadWriter;

/**
 * One result of a query hit: file index (LE), size (LE u32; 0xFFFFFFFF with GGEP {@code LF} for
 * larger files), UTF-8 name and the NUL-terminated extension area (HUGE, GGEP {@code H}, {@code LF},
 * {@code ALT}, {@code CT}...). Immutable record, thread-safe.
 */
public record QueryHitResult(long index, long size, String name, ExtensionBlock extensions) {
    /** The size field value meaning "see GGEP LF". */
    public static final long LARGE_FILE_MARK = 0xFFFF_FFFFL;
    public static final String LARGE_FILE_ID = "LF";
    public static final String CREATION_TIME_ID = "CT";
    public static final String ALT_LOCATIONS_ID = "ALT";

    public QueryHitResult {
        Checks.u32(index, "index");
        Checks.u32(size, "size");
        if (Objects.requireNonNull(name, "name").indexOf('\0') >= 0) {
            throw new IllegalArgumentException("file name must not contain NUL");
        }
        Objects.requireNonNull(extensions, "extensions");
    }

    /**
     * A result for a file of any size: files of 4 GiB - 1 or more get the 0xFFFFFFFF size mark and a
     * GGEP {@code LF} added to the first GGEP block (or a new one).
     */
    public static QueryHitResult of(long index, long fileSize, String name, ExtensionBlock extensions) {
        if (fileSize < 0) {
            throw new IllegalArgumentException("negative file size");
        }
        if (fileSize < LARGE_FILE_MARK) {
            return new QueryHitResult(index, fileSize, name, extensions);
        }
        GgepExtension lf = GgepExtension.of(LARGE_FILE_ID, Vlint.encode(fileSize));
        List<ExtensionItem> items = new ArrayList<>(extensions.items());
        int ggepAt = -1;
        for (int i = 0; i < items.size() && ggepAt < 0; i++) {
            if (items.get(i) instanceof GgepBlock) {
                ggepAt = i;
            }
        }
        if (ggepAt < 0) {
            items.add(GgepBlock.of(lf));
        } else {
            items.set(ggepAt, ((GgepBlock) items.get(ggepAt)).with(lf));
        }
        return new QueryHitResult(index, LARGE_FILE_MARK, name, new ExtensionBlock(items));
    }

    /** The real file size: the GGEP {@code LF} value when the size field holds the large-file mark. */
    public long fileSize() {
        if (size == LARGE_FILE_MARK) {
            return extensions.ggep(LARGE_FILE_ID).map(GgepExtension::vlint).filter(v -> v >= 0).orElse(size);
        }
        return size;
    }

    public List<Urn> urns() {
        return extensions.urns();
    }

    public Optional<Urn> sha1() {
        return extensions.sha1();
    }

    /** The GGEP {@code CT} creation time (seconds since the epoch). */
    public Optional<Long> creationTime() {
        return extensions.ggep(CREATION_TIME_ID).map(GgepExtension::vlint);
    }

    /** The wire bytes of this result within a hit. */
    byte[] toBytes() {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        byte[] extensionBytes = extensions.toBytes();
        return new PayloadWriter(10 + nameBytes.length + extensionBytes.length)
                .u32le(index).u32le(size).bytes(nameBytes).u8(0).bytes(extensionBytes).u8(0)
                .toByteArray();
    }
}
