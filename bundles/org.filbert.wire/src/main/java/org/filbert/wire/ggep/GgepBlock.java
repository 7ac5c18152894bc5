package org.filbert.wire.ggep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A GGEP block: the 0xC3 magic followed by its extensions in wire order. An empty block stands for
 * "no GGEP" and encodes to nothing. Immutable record, thread-safe.
 */
public record GgepBlock(List<GgepExtension> extensions) implements ExtensionItem {
    public static final int MAGIC = 0xC3;
    public static final GgepBlock EMPTY = new GgepBlock(List.of());

    public GgepBlock {
        extensions = List.copyOf(Objects.requireNonNull(extensions, "extensions"));
    }

    public static GgepBlock of(GgepExtension... extensions) {
        return new GgepBlock(List.of(extensions));
    }

    public boolean isEmpty() {
        return extensions.isEmpty();
    }

    /** The first extension with this ID. */
    public Optional<GgepExtension> get(String id) {
        return extensions.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public boolean has(String id) {
        return get(id).isPresent();
    }

    public List<String> ids() {
        return extensions.stream().map(GgepExtension::id).toList();
    }

    /** A copy where {@code extension} replaces any extension with the same ID, or is appended. */
    public GgepBlock with(GgepExtension extension) {
        List<GgepExtension> copy = new ArrayList<>(extensions);
        copy.removeIf(e -> e.id().equals(extension.id()));
        copy.add(extension);
        return new GgepBlock(copy);
    }

    @Override
    public byte[] toBytes() {
        return GgepCodec.encode(this);
    }
}
