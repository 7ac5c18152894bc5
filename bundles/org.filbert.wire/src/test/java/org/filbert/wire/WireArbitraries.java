package org.filbert.wire;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.ExtensionItem;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.OpaqueExtension;
import org.filbert.wire.ggep.Urn;

/** jqwik generators for valid message values. Stateless, thread-safe. */
public final class WireArbitraries {
    private WireArbitraries() {
    }

    public static Arbitrary<byte[]> bytes(int min, int max) {
        return Arbitraries.bytes().array(byte[].class).ofMinSize(min).ofMaxSize(max);
    }

    public static Arbitrary<Guid> guids() {
        return bytes(16, 16).map(Guid::of);
    }

    public static Arbitrary<Routing> routings() {
        return Combinators.combine(guids(), Arbitraries.integers().between(0, 255), Arbitraries.integers().between(0, 255))
                .as(Routing::new);
    }

    public static Arbitrary<Ipv4Address> addresses() {
        return Arbitraries.integers().map(Ipv4Address::new);
    }

    public static Arbitrary<Integer> u16() {
        return Arbitraries.integers().between(0, 0xFFFF);
    }

    public static Arbitrary<Long> u32() {
        return Arbitraries.longs().between(0, 0xFFFF_FFFFL);
    }

    /** Text whose UTF-8 form round-trips and holds no NUL. */
    public static Arbitrary<String> text(int maxLength) {
        return Arbitraries.strings().withCharRange('\u0001', '\uD7FF').ofMaxLength(maxLength);
    }

    public static Arbitrary<GgepExtension> ggepExtensions() {
        Arbitrary<String> ids = Arbitraries.strings().withCharRange('\u0001', '\u00FF').ofMinLength(1).ofMaxLength(15);
        return Combinators.combine(ids, bytes(0, 200), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(GgepExtension::new);
    }

    public static Arbitrary<GgepBlock> ggepBlocks() {
        return ggepExtensions().list().ofMaxSize(4).map(GgepBlock::new);
    }

    public static Arbitrary<GgepBlock> nonEmptyGgepBlocks() {
        return ggepExtensions().list().ofMinSize(1).ofMaxSize(4).map(GgepBlock::new);
    }

    public static Arbitrary<Urn> urns() {
        return Combinators.combine(bytes(20, 20), Arbitraries.oneOf(bytes(0, 0), bytes(24, 24))).as(Urn::new);
    }

    public static Arbitrary<ExtensionBlock> extensionBlocks() {
        Arbitrary<ExtensionItem> opaque = Arbitraries.strings().withCharRange('a', 'z').withChars(' ', ':', '<', '>')
                .ofMinLength(1).ofMaxLength(30).map(s -> new OpaqueExtension(s.getBytes()));
        Arbitrary<ExtensionItem> item = Arbitraries.oneOf(urns().map(u -> (ExtensionItem) u),
                nonEmptyGgepBlocks().map(g -> (ExtensionItem) g), opaque);
        return item.list().ofMaxSize(4).map(ExtensionBlock::new);
    }

    public static Arbitrary<QueryHitResult> results() {
        return Combinators.combine(u32(), u32(), text(40), extensionBlocks()).as(QueryHitResult::new);
    }

    public static Arbitrary<QueryHitTrailer> trailers() {
        Arbitrary<Integer> flagByte = Arbitraries.integers().between(0, 255);
        return Combinators.combine(Arbitraries.integers().map(VendorCode::new), flagByte, flagByte, ggepBlocks(),
                bytes(0, 8), bytes(0, 8), bytes(0, 12), Arbitraries.of(true, false))
                .as((vendor, first, second, ggep, prefix, suffix, xml, wideOpenData) -> {
                    HitFlags flags = new HitFlags(first, second);
                    boolean ggepFlag = flags.ggep() == FlagValue.YES;
                    byte[] openData = xml.length > 0 || wideOpenData
                            ? new byte[] {first.byteValue(), second.byteValue(), (byte) xml.length, 0}
                            : new byte[] {first.byteValue(), second.byteValue()};
                    GgepBlock block = ggepFlag ? ggep : GgepBlock.EMPTY;
                    byte[] cleanPrefix = ggepFlag ? withoutMagic(prefix) : prefix;
                    return new QueryHitTrailer(vendor, openData, cleanPrefix, block,
                            block.isEmpty() ? new byte[0] : suffix, xml);
                });
    }

    private static byte[] withoutMagic(byte[] data) {
        byte[] out = data.clone();
        for (int i = 0; i < out.length; i++) {
            if ((out[i] & 0xFF) == GgepBlock.MAGIC) {
                out[i] = 0;
            }
        }
        return out;
    }

    public static Arbitrary<Message> messages() {
        Arbitrary<Message> ping = Combinators.combine(routings(), ggepBlocks()).as(Ping::new);
        Arbitrary<Message> pong = Combinators.combine(routings(), u16(), addresses(), u32(), u32(), ggepBlocks())
                .as(Pong::new);
        Arbitrary<Message> bye = Combinators.combine(routings(), u16(), text(60)).as(Bye::new);
        Arbitrary<Message> query = Combinators.combine(routings(), u16(), text(60), extensionBlocks()).as(Query::new);
        Arbitrary<Message> hit = Combinators.combine(routings(), u16(), addresses(), u32(), results().list().ofMaxSize(4),
                trailers().optional(), guids()).as(QueryHit::new);
        Arbitrary<Message> push = Combinators.combine(routings(), guids(), u32(), addresses(), u16(), ggepBlocks())
                .as(Push::new);
        Arbitrary<Message> reset = Combinators.combine(routings(), Arbitraries.integers().between(0, 21),
                Arbitraries.integers().between(1, 255)).as((r, bits, inf) -> new QrpReset(r, 1 << bits, inf));
        Arbitrary<Message> patch = Combinators.combine(routings(), Arbitraries.integers().between(1, 255),
                Arbitraries.integers().between(0, 1), Arbitraries.of(1, 2, 4, 8), bytes(0, 100))
                .as((r, size, compressor, bits, data) -> new QrpPatch(r, Math.max(1, size / 2), size, compressor, bits, data));
        Arbitrary<Message> vendor = Combinators.combine(routings(), Arbitraries.of(true, false),
                Arbitraries.integers().map(VendorCode::new), u16(), u16(), bytes(0, 100)).as(VendorMessage::new);
        Arbitrary<Message> unknown = Combinators.combine(routings(), Arbitraries.of(0x03, 0x41, 0x44, 0x7F, 0xFF),
                bytes(0, 100)).as(UnknownMessage::new);
        return Arbitraries.oneOf(List.of(ping, pong, bye, query, hit, push, reset, patch, vendor, unknown));
    }
}
