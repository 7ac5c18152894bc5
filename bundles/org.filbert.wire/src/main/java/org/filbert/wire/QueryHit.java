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
        byte[][] parts = new byte[results.size() + 1][];
        int size = 11 + Guid.LENGTH;
        for (int i = 0; i < results.size(); i++) {
            parts[i] = results.get(i).toBytes();
            size += parts[i].length;
        }
        parts[results.size()] = trailer.isPresent() ? trailer.get().toBytes() : new byte[0];
        size += parts[results.size()].length;
        PayloadWriter out = new PayloadWriter(size);
        out.u8(results.size()).u16le(port).s32be(address.bits()).u32le(speed);
        for (byte[] part : parts) {
            out.bytes(part);
        }
        serventGuid.writeTo(out);
        return out.toByteArray();
    }

    @Override
    public QueryHit withRouting(Routing newRouting) {
        return new QueryHit(newRouting, port, address, speed, results, trailer, serventGuid);
    }
}
