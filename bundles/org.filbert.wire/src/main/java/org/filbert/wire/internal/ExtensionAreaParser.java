package org.filbert.wire.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.filbert.wire.DropReason;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.ExtensionItem;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.OpaqueExtension;
import org.filbert.wire.ggep.Urn;

/**
 * Parses an extension area following GGEP's "peaceful co-existence" rules: a GGEP block where the
 * 0xC3 magic appears, otherwise legacy text up to 0x1C or NUL; 0x1C separators are skipped. In a hit
 * result the area ends at a NUL; in a query it runs to the end of the payload (stray NULs skipped).
 * Stateless, thread-safe.
 */
public final class ExtensionAreaParser {
    private ExtensionAreaParser() {
    }

    /** Parses up to the end of the reader (query form); the area's GGEP blocks share one inflate budget. */
    public static ExtensionBlock parseToEnd(PayloadReader in, WireLimits limits) throws WireException {
        return parse(in, limits, false, new InflateBudget(limits.maxGgepInflatedSize()));
    }

    /** Parses up to and including the terminating NUL (hit-result form), on its own inflate budget. */
    public static ExtensionBlock parseNulTerminated(PayloadReader in, WireLimits limits) throws WireException {
        return parseNulTerminated(in, limits, new InflateBudget(limits.maxGgepInflatedSize()));
    }

    /** Parses a hit result's area, whose GGEP blocks share {@code budget} with the rest of the hit. */
    public static ExtensionBlock parseNulTerminated(PayloadReader in, WireLimits limits, InflateBudget budget)
            throws WireException {
        return parse(in, limits, true, budget);
    }

    private static ExtensionBlock parse(PayloadReader in, WireLimits limits, boolean nulTerminated,
            InflateBudget budget) throws WireException {
        List<ExtensionItem> items = new ArrayList<>(2);
        while (true) {
            int next = in.peek();
            if (next < 0) {
                if (nulTerminated) {
                    throw new WireException(DropReason.TRUNCATED, "extension area lacks its NUL terminator");
                }
                return new ExtensionBlock(items);
            }
            if (next == 0 && nulTerminated) {
                in.skip(1);
                return new ExtensionBlock(items);
            }
            if (next == 0 || next == ExtensionBlock.SEPARATOR) {
                in.skip(1);
                continue;
            }
            items.add(next == GgepBlock.MAGIC ? GgepParser.parse(in, limits, budget) : text(in));
            if (items.size() > limits.maxExtensionItems()) {
                throw new WireException(DropReason.TOO_MANY_EXTENSIONS,
                        "more than " + limits.maxExtensionItems() + " extension items");
            }
        }
    }

    private static ExtensionItem text(PayloadReader in) throws WireException {
        int end = in.indexOfEither(0, ExtensionBlock.SEPARATOR);
        int length = (end < 0 ? in.end() : end) - in.position();
        if (!startsWithUrn(in, length)) {
            return new OpaqueExtension(in.bytes(length));
        }
        String text = in.latin1(length);
        Optional<Urn> urn = Urn.parse(text);
        return urn.isPresent() ? urn.get() : new OpaqueExtension(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Whether the text at the cursor starts with "urn:" in any case: only then can it be a HUGE URN. */
    private static boolean startsWithUrn(PayloadReader in, int length) {
        int at = in.position();
        return length > 4 && (in.byteAt(at) | 0x20) == 'u' && (in.byteAt(at + 1) | 0x20) == 'r'
                && (in.byteAt(at + 2) | 0x20) == 'n' && in.byteAt(at + 3) == ':';
    }
}
