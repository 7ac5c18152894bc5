package org.filbert.wire.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorCode;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.Vectors;
import org.filbert.wire.WireArbitraries;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;

/** Typed vendor payloads survive payload -> message -> wire -> message -> payload. Stateless; thread-safe. */
class VendorPayloadProperties {

    @Property(tries = 1000)
    void typedPayloadsRoundTrip(@ForAll("payloads") VendorPayload payload, @ForAll("routings") Routing routing)
            throws Exception {
        VendorMessage message = payload.toMessage(routing);
        VendorMessage decoded = (VendorMessage) Vectors.decode(Vectors.encode(message));
        assertThat(decoded).isEqualTo(message);
        assertThat(VendorRegistry.standard().decode(decoded, WireLimits.DEFAULT)).isEqualTo(payload);
    }

    @Provide
    Arbitrary<Routing> routings() {
        return WireArbitraries.routings();
    }

    @Provide
    Arbitrary<VendorPayload> payloads() {
        Arbitrary<Integer> u8 = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> u16 = WireArbitraries.u16();
        Arbitrary<VendorCode> codes = Arbitraries.integers().map(VendorCode::new);
        Arbitrary<VendorKey> keys = Combinators.combine(codes, u16, u16).as(VendorKey::new);
        Arbitrary<String> names = Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofLength(4);
        Arbitrary<Capability> narrow = Combinators.combine(names, u16).as((n, v) -> new Capability(n, v));
        Arbitrary<Capability> wide = Combinators.combine(names, WireArbitraries.u32()).as(Capability::new);
        Arbitrary<VendorPayload> capabilities = Arbitraries.oneOf(
                narrow.list().ofMaxSize(6).map(list -> new Capabilities(0, list, List.of())),
                Combinators.combine(narrow.list().ofMaxSize(6), wide.list().ofMaxSize(4))
                        .as((n, w) -> new Capabilities(1, n, w)));
        Arbitrary<GgepBlock> tokens = WireArbitraries.bytes(1, 16)
                .map(t -> GgepBlock.of(GgepExtension.of(OobReplyAck.SECURITY_TOKEN_ID, t)));
        return Arbitraries.oneOf(List.of(
                keys.list().ofMaxSize(30).map(MessagesSupported::new),
                capabilities,
                u8.map(HopsFlow::new),
                u16.map(TcpConnectBack::new),
                Arbitraries.just(new QueryStatusRequest()),
                u16.map(QueryStatusResponse::new),
                Combinators.combine(Arbitraries.integers().between(1, 2), u8)
                        .as((v, n) -> new OobReplyAck(v, n, GgepBlock.EMPTY)),
                Combinators.combine(u8, tokens).as((n, t) -> new OobReplyAck(3, n, t)),
                u8.map(n -> new OobReplyNumber(1, n, false)),
                Combinators.combine(Arbitraries.integers().between(2, 3), u8, Arbitraries.of(true, false))
                        .as(OobReplyNumber::new),
                u8.optional().map(o -> new OobProxyVeto(o.map(OptionalInt::of).orElse(OptionalInt.empty()))),
                Arbitraries.integers().between(1, 2).map(PushProxyRequest::new),
                u16.map(p -> new PushProxyAck(1, Optional.empty(), p)),
                Combinators.combine(WireArbitraries.addresses(), u16)
                        .as((a, p) -> new PushProxyAck(2, Optional.of(a), p)),
                Combinators.combine(WireArbitraries.addresses(), u16).as(TcpConnectBackRedirect::new),
                Combinators.combine(u16, WireArbitraries.guids()).as((p, g) -> new UdpConnectBack(1, p, Optional.of(g))),
                u16.map(p -> new UdpConnectBack(2, p, Optional.empty())),
                Combinators.combine(keys.filter(k -> !VendorRegistry.standard().knows(k)), WireArbitraries.bytes(0, 40))
                        .as(OpaqueVendorPayload::new)));
    }
}
