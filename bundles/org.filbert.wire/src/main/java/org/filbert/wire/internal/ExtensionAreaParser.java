package org.filbert.wire.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

    /** Parses up to the end of the reader (query form). */
    public static ExtensionBlock parseToEnd(PayloadReader in, WireLimits limits) throws WireException {
        return parse(in, limits, false);
    }

    /** Parses up to and including the terminating NUL (hit-result form). */
    public static ExtensionBlock parseNulTerminated(PayloadReader in, WireLimits limits) throws WireException {
        return parse(in, limits, true);
    }

    private static ExtensionBlock parse(PayloadReader in, WireLimits limits, boolean nulTerminated)
            throws WireException {
        List<ExtensionItem> items = new ArrayList<>();
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
            items.add(next == GgepBlock.MAGIC ? GgepParser.parse(in, limits) : text(in));
            if (items.size() > limits.maxExtensionItems()) {
                throw new WireException(DropReason.TOO_MANY_EXTENSIONS,
                        "more than " + limits.maxExtensionItems() + " extension items");
            }
        }
    }

    private static ExtensionItem text(PayloadReader in) throws WireException {
        int end = in.indexOfEither(0, ExtensionBlock.SEPARATOR);
        byte[] bytes = in.bytes((end < 0 ? in.end() : end) - in.position());
        return Urn.parse(new String(bytes, StandardCharsets.ISO_8859_1))
                .<ExtensionItem>map(urn -> urn)
                .orElseGet(() -> new OpaqueExtension(bytes));
    }
}
