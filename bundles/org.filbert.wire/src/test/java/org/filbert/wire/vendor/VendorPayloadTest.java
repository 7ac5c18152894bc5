package org.filbert.wire.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.Optional;

import org.filbert.wire.DropReason;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.junit.jupiter.api.Test;

/** Body layouts of the typed vendor messages, checked against the specs' byte tables. Stateless; thread-safe. */
class VendorPayloadTest {
    private static final Routing ROUTING = Routing.direct(Guid.ZERO);

    @Test
    void layouts() {
        assertThat(hex(new HopsFlow(5))).isEqualTo("05");
        assertThat(hex(new QueryStatusResponse(QueryStatusResponse.STOP))).isEqualTo("ffff");
        assertThat(new QueryStatusResponse(0xFFFF).stop()).isTrue();
        assertThat(hex(new OobReplyNumber(2, 10, true))).isEqualTo("0a01");
        assertThat(hex(new PushProxyAck(2, Optional.of(Ipv4Address.of(127, 0, 0, 1)), 6346))).isEqualTo("7f000001ca18");
        assertThat(hex(new PushProxyAck(1, Optional.empty(), 6346))).isEqualTo("ca18");
        assertThat(hex(new TcpConnectBackRedirect(Ipv4Address.of(127, 0, 0, 3), 6351))).isEqualTo("7f000003cf18");
        assertThat(hex(new UdpConnectBack(2, 6346, Optional.empty()))).isEqualTo("ca18");
        assertThat(new PushProxyRequest(1).toMessage(ROUTING).encodePayload()).isEqualTo(HexFormat.of().parseHex("4c494d4515000100"));
    }

    @Test
    void shortBodiesAreRejected() {
        VendorMessage shortAck = VendorMessage.of(ROUTING, VendorKey.LIME, 22, 2, new byte[] {1, 2, 3});
        assertThatThrownBy(() -> VendorRegistry.standard().decode(shortAck, WireLimits.DEFAULT))
                .isInstanceOfSatisfying(WireException.class,
                        e -> assertThat(e.reason()).isEqualTo(DropReason.BAD_VENDOR_PAYLOAD));
    }

    @Test
    void unknownMessagesStayOpaque() throws Exception {
        VendorMessage message = VendorMessage.of(ROUTING, VendorKey.GTKG, 9, 1, new byte[] {1, 2});
        VendorPayload payload = VendorRegistry.standard().decode(message, WireLimits.DEFAULT);
        assertThat(payload).isEqualTo(new OpaqueVendorPayload(VendorKey.of(VendorKey.GTKG, 9, 1), new byte[] {1, 2}));
        assertThat(payload.toMessage(ROUTING)).isEqualTo(message);
        VendorRegistry custom = VendorRegistry.standard().toBuilder()
                .register(VendorKey.of(VendorKey.GTKG, 9, 1), (key, body, limits) -> new HopsFlow(body.length))
                .build();
        assertThat(custom.decode(message, WireLimits.DEFAULT)).isEqualTo(new HopsFlow(2));
    }

    private static String hex(VendorPayload payload) {
        return HexFormat.of().formatHex(payload.encodeBody());
    }
}
