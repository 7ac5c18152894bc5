package org.filbert.wire.ggep;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.internal.PayloadWriter;

/**
 * The extension area of a query or a hit result: GGEP blocks, HUGE URNs and other legacy text, in
 * wire order. Encodes with 0x1C between items. Immutable record, thread-safe.
 */
public record ExtensionBlock(List<ExtensionItem> items) {
    public static final int SEPARATOR = 0x1C;
    public static final ExtensionBlock EMPTY = new ExtensionBlock(List.of());

    public ExtensionBlock {
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        for (ExtensionItem item : items) {
            if (item instanceof GgepBlock g && g.isEmpty()) {
                throw new IllegalArgumentException("an extension area cannot hold an empty GGEP block");
            }
        }
    }

    public static ExtensionBlock of(ExtensionItem... items) {
        return new ExtensionBlock(List.of(items));
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** All GGEP extensions of all GGEP blocks, merged in wire order. */
    public GgepBlock ggep() {
        List<GgepExtension> all = new ArrayList<>();
        for (ExtensionItem item : items) {
            if (item instanceof GgepBlock block) {
                all.addAll(block.extensions());
            }
        }
        return new GgepBlock(all);
    }

    public Optional<GgepExtension> ggep(String id) {
        return ggep().get(id);
    }

    /** The URNs given as HUGE text and as GGEP {@code H}, text ones first, without duplicates. */
    public List<Urn> urns() {
        List<Urn> urns = new ArrayList<>();
        for (ExtensionItem item : items) {
            if (item instanceof Urn urn && !urns.contains(urn)) {
                urns.add(urn);
            }
        }
        for (GgepExtension extension : ggep().extensions()) {
            GgepHash.decode(extension).filter(urn -> !urns.contains(urn)).ifPresent(urns::add);
        }
        return List.copyOf(urns);
    }

    /** The first SHA-1 among {@link #urns()}. */
    public Optional<Urn> sha1() {
        return urns().stream().findFirst().map(Urn::toSha1Urn);
    }

    public byte[] toBytes() {
        if (items.size() == 1) {
            return items.get(0).toBytes();
        }
        byte[][] parts = new byte[items.size()][];
        int size = Math.max(0, items.size() - 1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = items.get(i).toBytes();
            size += parts[i].length;
        }
        PayloadWriter out = new PayloadWriter(size);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.u8(SEPARATOR);
            }
            out.bytes(parts[i]);
        }
        return out.toByteArray();
    }
}
