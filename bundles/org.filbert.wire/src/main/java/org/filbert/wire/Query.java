package org.filbert.wire;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.ExtensionAreaParser;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * QUERY (0x80): flags (the first two bytes read as a big-endian u16, formerly "min speed"), the
 * NUL-terminated UTF-8 search text, and an extension area (HUGE URNs, GGEP). Immutable record,
 * thread-safe.
 */
public record Query(Routing routing, int flags, String searchText, ExtensionBlock extensions) implements Message {
    public static final int FLAG_NEW_SEMANTICS = 0x8000;
    public static final int FLAG_FIREWALLED = 0x4000;
    public static final int FLAG_WANTS_XML = 0x2000;
    public static final int FLAG_LEAF_GUIDED = 0x1000;
    public static final int FLAG_GGEP_H = 0x0800;
    public static final int FLAG_OOB = 0x0400;
    public static final int FLAG_F2F = 0x0200;

    public Query {
        Objects.requireNonNull(routing, "routing");
        Checks.u16(flags, "flags");
        if (Objects.requireNonNull(searchText, "searchText").indexOf('\0') >= 0) {
            throw new IllegalArgumentException("search text must not contain NUL");
        }
        Objects.requireNonNull(extensions, "extensions");
    }

    static Query decode(Routing routing, byte[] payload, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(payload);
        int flags = in.u16be();
        int nul = in.indexOf(0);
        if (nul < 0) {
            throw new WireException(DropReason.BAD_QUERY, "search text is not NUL-terminated");
        }
        String text = in.utf8(nul - in.position());
        in.skip(1);
        return new Query(routing, flags, text, ExtensionAreaParser.parseToEnd(in, limits));
    }

    /** Whether bit 15 says the other flags carry the new meanings. */
    public boolean newSemantics() {
        return (flags & FLAG_NEW_SEMANTICS) != 0;
    }

    public boolean firewalled() {
        return flag(FLAG_FIREWALLED);
    }

    public boolean wantsXml() {
        return flag(FLAG_WANTS_XML);
    }

    public boolean leafGuided() {
        return flag(FLAG_LEAF_GUIDED);
    }

    public boolean acceptsGgepH() {
        return flag(FLAG_GGEP_H);
    }

    public boolean outOfBand() {
        return flag(FLAG_OOB);
    }

    public boolean firewallToFirewall() {
        return flag(FLAG_F2F);
    }

    /** For an OOB query, the querier's address from the GUID: IPv4 in bytes 0-3, port LE in bytes 13-14. */
    public Optional<HostPort> outOfBandReplyAddress() {
        if (!outOfBand()) {
            return Optional.empty();
        }
        Guid guid = routing.guid();
        Ipv4Address address = Ipv4Address.of(guid.byteAt(0), guid.byteAt(1), guid.byteAt(2), guid.byteAt(3));
        return Optional.of(new HostPort(address, guid.byteAt(13) | guid.byteAt(14) << 8));
    }

    private boolean flag(int mask) {
        return newSemantics() && (flags & mask) != 0;
    }

    @Override
    public int typeCode() {
        return MessageType.QUERY.code();
    }

    @Override
    public byte[] encodePayload() {
        byte[] text = searchText.getBytes(StandardCharsets.UTF_8);
        byte[] extensionBytes = extensions.toBytes();
        return new PayloadWriter(3 + text.length + extensionBytes.length)
                .u16be(flags).bytes(text).u8(0).bytes(extensionBytes)
                .toByteArray();
    }

    @Override
    public Query withRouting(Routing newRouting) {
        return new Query(newRouting, flags, searchText, extensions);
    }
}
