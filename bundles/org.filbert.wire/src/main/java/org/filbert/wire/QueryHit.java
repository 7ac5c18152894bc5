package org.filbert.wire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadWriter;

/**
 * QUERY HIT (0x81): result count, port (LE), IPv4, speed (LE), results, an optional trailer, and the
 * responding servent's GUID in the last 16 bytes. Immutable record, thread-safe.
 */
public record QueryHit(Routing routing, int port, Ipv4Address address, long speed, List<QueryHitResult> results,
        Optional<QueryHitTrailer> trailer, Guid serventGuid) implements Message {
    public QueryHit {
        Objects.requireNonNull(routing, "routing");
        Checks.u16(port, "port");
        Objects.requireNonNull(address, "address");
        Checks.u32(speed, "speed");
        results = List.copyOf(Objects.requireNonNull(results, "results"));
        if (results.size() > 0xFF) {
            throw new IllegalArgumentException("at most 255 results fit in a hit");
        }
        Objects.requireNonNull(trailer, "trailer");
        Objects.requireNonNull(serventGuid, "serventGuid");
    }

    public HostPort host() {
        return new HostPort(address, port);
    }

    /** The trailer's vendor code, if there is a trailer. */
    public Optional<VendorCode> vendor() {
        return trailer.map(QueryHitTrailer::vendor);
    }

    @Override
    public int typeCode() {
        return MessageType.QUERY_HIT.code();
    }

    @Override
    public byte[] encodePayload() {
        PayloadWriter out = new PayloadWriter(256);
        out.u8(results.size()).u16le(port).bytes(address.bytes()).u32le(speed);
        for (QueryHitResult result : results) {
            result.encode(out);
        }
        trailer.ifPresent(t -> t.encode(out));
        return out.bytes(serventGuid.bytes()).toByteArray();
    }

    @Override
    public QueryHit withRouting(Routing newRouting) {
        return new QueryHit(newRouting, port, address, speed, results, trailer, serventGuid);
    }
}
