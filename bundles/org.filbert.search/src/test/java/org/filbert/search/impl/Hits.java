package org.filbert.search.impl;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;

import org.filbert.wire.FlagValue;
import org.filbert.wire.Guid;
import org.filbert.wire.HitFlags;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.QueryHitTrailer;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorCode;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepHash;
import org.filbert.wire.ggep.Urn;

/** Query hits as servents send them, for the search tests. Stateless. */
final class Hits {

    private Hits() {
    }

    /** The SHA-1 URN of some content. */
    static Urn urn(String content) {
        try {
            return Urn.sha1(MessageDigest.getInstance("SHA-1").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** A result with its SHA-1 as GGEP H. */
    static QueryHitResult ggepH(long index, String name, long size, Urn urn) {
        return QueryHitResult.of(index, size, name, ExtensionBlock.of(GgepBlock.of(GgepHash.encode(urn))));
    }

    /** A result with its SHA-1 as HUGE text. */
    static QueryHitResult huge(long index, String name, long size, Urn urn) {
        return QueryHitResult.of(index, size, name, ExtensionBlock.of(urn));
    }

    /** A result without a hash. */
    static QueryHitResult bare(long index, String name, long size) {
        return QueryHitResult.of(index, size, name, ExtensionBlock.EMPTY);
    }

    /** A hit for {@code query} from a servent at a.b.c.d:port with a trailer of that vendor and push flag, and that GGEP. */
    static QueryHit hit(Guid query, Ipv4Address from, int port, Guid servent, String vendor, FlagValue push, GgepBlock ggep,
            QueryHitResult... results) {
        HitFlags flags = HitFlags.of(push, FlagValue.NO, FlagValue.NO, FlagValue.NO, ggep.isEmpty() ? FlagValue.NO : FlagValue.YES);
        return new QueryHit(new Routing(query, 5, 2), port, from, 1000, List.of(results),
                Optional.of(QueryHitTrailer.of(VendorCode.of(vendor), flags, ggep, new byte[0])), servent);
    }

    /** A hit from a reachable LimeWire at that address. */
    static QueryHit hit(Guid query, Ipv4Address from, Guid servent, QueryHitResult... results) {
        return hit(query, from, 6346, servent, "LIME", FlagValue.NO, GgepBlock.EMPTY, results);
    }
}
