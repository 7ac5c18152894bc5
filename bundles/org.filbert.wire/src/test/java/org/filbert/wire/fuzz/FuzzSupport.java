package org.filbert.wire.fuzz;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.filbert.wire.Bye;
import org.filbert.wire.DropReason;
import org.filbert.wire.Message;
import org.filbert.wire.Ping;
import org.filbert.wire.Pong;
import org.filbert.wire.Push;
import org.filbert.wire.QrpPatch;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.QueryHitTrailer;
import org.filbert.wire.UnknownMessage;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.ExtensionItem;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.OpaqueExtension;
import org.filbert.wire.ggep.Urn;

/**
 * Shared pieces of the Jazzer fuzz targets: the limits they decode with, outcome counters, and the
 * "no unbounded allocation" measure of a decoded value. Thread-safe (counters are atomic).
 */
final class FuzzSupport {
    /** Small limits, so that the fuzzer reaches every limit check with short inputs. */
    static final WireLimits SMALL = new WireLimits(4096, 512, 4, 4, 1 << 12, 2048, 64, 4, 512, 4);

    /**
     * Limits for re-decoding an encoded value: re-encoding may legitimately grow a payload (Java's
     * deflater instead of the sender's, shortest GGEP lengths), so only the payload size is relaxed.
     */
    static final WireLimits RELAXED = relaxedPayload(WireLimits.DEFAULT);

    private FuzzSupport() {
    }

    static WireLimits relaxedPayload(WireLimits limits) {
        return new WireLimits(1 << 24, limits.maxGgepInflatedSize(), limits.maxGgepExtensions(),
                limits.maxExtensionItems(), limits.maxQrpTableSize(), limits.maxQrpPatchInflatedSize(),
                limits.maxHandshakeLineLength(), limits.maxHeaderCount(), limits.maxHeaderBlockBytes(),
                limits.maxResultsPerHit());
    }

    /** Fails the fuzz target (Jazzer reports any throwable other than the ones the target catches). */
    static void check(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    /** Counts accepted inputs and rejections by {@link DropReason}; printed by each fuzz class at the end. */
    static final class Outcomes {
        private final String name;
        private final AtomicLong accepted = new AtomicLong();
        private final AtomicLongArray rejected = new AtomicLongArray(DropReason.values().length);

        Outcomes(String name) {
            this.name = name;
        }

        void accepted() {
            accepted.incrementAndGet();
        }

        void rejected(DropReason reason) {
            rejected.incrementAndGet(reason.ordinal());
        }

        String summary() {
            Map<DropReason, Long> counts = new EnumMap<>(DropReason.class);
            for (DropReason reason : DropReason.values()) {
                long n = rejected.get(reason.ordinal());
                if (n > 0) {
                    counts.put(reason, n);
                }
            }
            return name + ": accepted " + accepted.get() + ", rejected " + counts;
        }
    }

    /**
     * Bytes of GGEP data that came out of an inflater (deflate-flagged extensions) in a decoded message:
     * the part of a decoded value that is not bounded by the payload size itself.
     */
    static long inflatedBytes(Message message) {
        if (message instanceof Ping p) {
            return inflatedBytes(p.ggep());
        }
        if (message instanceof Pong p) {
            return inflatedBytes(p.ggep());
        }
        if (message instanceof Push p) {
            return inflatedBytes(p.ggep());
        }
        if (message instanceof Query q) {
            return inflatedBytes(q.extensions());
        }
        if (message instanceof QueryHit h) {
            long total = 0;
            for (QueryHitResult result : h.results()) {
                total += inflatedBytes(result.extensions());
            }
            return total + h.trailer().map(t -> inflatedBytes(t.ggep())).orElse(0L);
        }
        return 0;
    }

    static long inflatedBytes(ExtensionBlock block) {
        long total = 0;
        for (ExtensionItem item : block.items()) {
            if (item instanceof GgepBlock ggep) {
                total += inflatedBytes(ggep);
            }
        }
        return total;
    }

    static long inflatedBytes(GgepBlock block) {
        long total = 0;
        for (GgepExtension extension : block.extensions()) {
            if (extension.deflate()) {
                total += extension.dataLength();
            }
        }
        return total;
    }

    /** Roughly the bytes a decoded message retains (arrays and string characters). */
    static long retainedBytes(Message message) {
        if (message instanceof Ping p) {
            return retainedBytes(p.ggep());
        }
        if (message instanceof Pong p) {
            return retainedBytes(p.ggep());
        }
        if (message instanceof Push p) {
            return retainedBytes(p.ggep());
        }
        if (message instanceof Bye b) {
            return b.message().length();
        }
        if (message instanceof Query q) {
            return q.searchText().length() + retainedBytes(q.extensions());
        }
        if (message instanceof QueryHit h) {
            long total = 0;
            for (QueryHitResult result : h.results()) {
                total += result.name().length() + retainedBytes(result.extensions());
            }
            return total + h.trailer().map(FuzzSupport::retainedBytes).orElse(0L);
        }
        if (message instanceof QrpPatch p) {
            return p.data().length;
        }
        if (message instanceof VendorMessage v) {
            return v.body().length;
        }
        if (message instanceof UnknownMessage u) {
            return u.payload().length;
        }
        return 0; // QrpReset: fixed fields only
    }

    static long retainedBytes(QueryHitTrailer trailer) {
        return trailer.openData().length + trailer.privatePrefix().length + retainedBytes(trailer.ggep())
                + trailer.privateSuffix().length + trailer.xml().length;
    }

    static long retainedBytes(ExtensionBlock block) {
        long total = 0;
        for (ExtensionItem item : block.items()) {
            if (item instanceof GgepBlock ggep) {
                total += retainedBytes(ggep);
            } else if (item instanceof Urn urn) {
                total += Urn.SHA1_LENGTH + urn.tiger().length;
            } else if (item instanceof OpaqueExtension opaque) {
                total += opaque.bytes().length;
            }
        }
        return total;
    }

    static long retainedBytes(GgepBlock block) {
        long total = 0;
        for (GgepExtension extension : block.extensions()) {
            total += extension.id().length() + extension.dataLength();
        }
        return total;
    }

    /**
     * The allocation bound every decoded message must respect: what it retains is at most its payload
     * plus what the limits let its deflated GGEP data inflate to.
     */
    static void checkBounded(Message message, int payloadLength, WireLimits limits) {
        long inflated = inflatedBytes(message);
        check(inflated <= limits.maxGgepInflatedSize(),
                "deflated GGEP data of one message inflated to " + inflated + " bytes, limit "
                        + limits.maxGgepInflatedSize() + ": " + message);
        long retained = retainedBytes(message);
        check(retained <= (long) payloadLength + inflated,
                "decoded message retains " + retained + " bytes from a " + payloadLength + "-byte payload: " + message);
    }
}
