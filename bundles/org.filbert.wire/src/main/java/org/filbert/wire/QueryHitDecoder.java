package org.filbert.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.internal.ExtensionAreaParser;
import org.filbert.wire.internal.GgepParser;
import org.filbert.wire.internal.InflateBudget;
import org.filbert.wire.internal.PayloadReader;

/**
 * Decodes a query hit payload: header fields, results, trailer (open data, private area with its
 * GGEP block, XML area) and the servent GUID. Stateless, thread-safe.
 */
final class QueryHitDecoder {
    private static final int FIXED_PREFIX = 11;

    private QueryHitDecoder() {
    }

    static QueryHit decode(Routing routing, byte[] payload, WireLimits limits) throws WireException {
        if (payload.length < FIXED_PREFIX + Guid.LENGTH) {
            throw new WireException(DropReason.TRUNCATED, "query hit of " + payload.length + " bytes");
        }
        PayloadReader in = new PayloadReader(payload, 0, payload.length - Guid.LENGTH);
        int count = in.u8();
        if (count > limits.maxResultsPerHit()) {
            throw new WireException(DropReason.TOO_MANY_RESULTS, count + " results");
        }
        int port = in.u16le();
        Ipv4Address address = new Ipv4Address(in.s32be());
        long speed = in.u32le();
        // one inflate budget for every GGEP block of the hit, so that many small deflate bombs spread
        // over the results cannot add up to more than the limit
        InflateBudget budget = new InflateBudget(limits.maxGgepInflatedSize());
        List<QueryHitResult> results = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            results.add(result(in, limits, budget));
        }
        Optional<QueryHitTrailer> trailer = in.hasRemaining()
                ? Optional.of(trailer(payload, in, limits, budget))
                : Optional.empty();
        Guid servent = Guid.adopt(Arrays.copyOfRange(payload, payload.length - Guid.LENGTH, payload.length));
        return new QueryHit(routing, port, address, speed, results, trailer, servent);
    }

    private static QueryHitResult result(PayloadReader in, WireLimits limits, InflateBudget budget)
            throws WireException {
        long index = in.u32le();
        long size = in.u32le();
        int nul = in.indexOf(0);
        if (nul < 0) {
            throw new WireException(DropReason.BAD_HIT, "file name is not NUL-terminated");
        }
        String name = in.utf8(nul - in.position());
        in.skip(1);
        ExtensionBlock extensions = ExtensionAreaParser.parseNulTerminated(in, limits, budget);
        return new QueryHitResult(index, size, name, extensions);
    }

    /** The trailer: from the reader's cursor to its end, which is where the servent GUID starts in the payload. */
    private static QueryHitTrailer trailer(byte[] payload, PayloadReader in, WireLimits limits, InflateBudget budget)
            throws WireException {
        if (in.remaining() < 5) {
            throw new WireException(DropReason.BAD_HIT_TRAILER, "trailer of " + in.remaining() + " bytes");
        }
        VendorCode vendor = new VendorCode(in.s32be());
        int openLength = in.u8();
        if (openLength > in.remaining()) {
            throw new WireException(DropReason.BAD_HIT_TRAILER, "open data length " + openLength);
        }
        byte[] openData = in.bytes(openLength);
        int xmlSize = openLength >= 4 ? (openData[2] & 0xFF) | (openData[3] & 0xFF) << 8 : 0;
        if (xmlSize > in.remaining()) {
            throw new WireException(DropReason.BAD_HIT_TRAILER, "XML size " + xmlSize);
        }
        int privateStart = in.position();
        int privateEnd = in.end() - xmlSize;
        byte[] xml = Arrays.copyOfRange(payload, privateEnd, in.end());
        boolean ggepFlag = openLength >= 2
                && new HitFlags(openData[0] & 0xFF, openData[1] & 0xFF).ggep() == FlagValue.YES;
        PayloadReader area = new PayloadReader(payload, privateStart, privateEnd);
        int magic = ggepFlag ? area.indexOf(GgepBlock.MAGIC) : -1;
        if (magic < 0) {
            return new QueryHitTrailer(vendor, openData, Arrays.copyOfRange(payload, privateStart, privateEnd),
                    GgepBlock.EMPTY, new byte[0], xml);
        }
        area.skip(magic - privateStart);
        GgepBlock ggep;
        try {
            ggep = GgepParser.parse(area, limits, budget);
        } catch (WireException e) {
            if (e.reason() == DropReason.TRUNCATED) {
                throw new WireException(DropReason.BAD_HIT_TRAILER, "GGEP block overruns the private area", e);
            }
            throw e;
        }
        return new QueryHitTrailer(vendor, openData, Arrays.copyOfRange(payload, privateStart, magic), ggep,
                Arrays.copyOfRange(payload, area.position(), privateEnd), xml);
    }
}
