package org.filbert.transport.impl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Set;

import org.filbert.api.network.PeerRole;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireException;
import org.filbert.wire.Routing;
import org.filbert.wire.vendor.Capabilities;
import org.filbert.wire.vendor.HopsFlow;
import org.filbert.wire.vendor.MessagesSupported;
import org.filbert.wire.vendor.PushProxyAck;
import org.filbert.wire.vendor.PushProxyRequest;
import org.filbert.wire.vendor.QueryStatusRequest;
import org.filbert.wire.vendor.QueryStatusResponse;
import org.filbert.wire.vendor.TcpConnectBack;
import org.filbert.wire.vendor.TcpConnectBackRedirect;
import org.filbert.wire.vendor.UdpConnectBack;
import org.filbert.wire.vendor.VendorKey;
import org.filbert.wire.vendor.VendorPayload;
import org.filbert.wire.vendor.VendorRegistry;

/**
 * The vendor messages a connection settles between its two ends: right after the handshake
 * we send Messages-Supported (what this class answers) and Features-Supported; from the
 * peer we note what it supports (and, while we do not know we are reachable, ask it to
 * connect back to us if it can), honour its hops-flow limit, and answer its TCP and UDP
 * connect-back requests once per connection. As an ultrapeer we also pass a TCP
 * connect-back request on to other ultrapeers (LIME/7), and connect back for another
 * ultrapeer's leaf when one asks us — LimeWire only believes a connect-back from a host it
 * is not connected to. One per connection; event loop only.
 */
final class VendorMessageHandler {

    /**
     * The vendor messages the node acts on, announced in our Messages-Supported: those this
     * class handles, the query status pair (BEAR/11, BEAR/12) of dynamic querying, and the
     * push-proxy request and acknowledgement (LIME/21, LIME/22) of the transfer bundle, every
     * version we read (as gtk-gnutella lists them; a LimeWire leaf asks an ultrapeer to be its
     * push proxy only when LIME/21 is listed).
     */
    static final List<VendorKey> SUPPORTED = List.of(HopsFlow.KEY, TcpConnectBack.KEY, TcpConnectBackRedirect.KEY,
            VendorKey.of(VendorKey.GTKG, UdpConnectBack.SELECTOR, 1), VendorKey.of(VendorKey.GTKG, UdpConnectBack.SELECTOR, 2),
            QueryStatusRequest.KEY, QueryStatusResponse.KEY,
            VendorKey.of(VendorKey.LIME, PushProxyRequest.SELECTOR, 1), VendorKey.of(VendorKey.LIME, PushProxyRequest.SELECTOR, 2),
            VendorKey.of(VendorKey.LIME, PushProxyAck.SELECTOR, 1), VendorKey.of(VendorKey.LIME, PushProxyAck.SELECTOR, 2));

    private final ConnectionSetup setup;
    private final Connection connection;
    private boolean answeredTcp;
    private boolean answeredUdp;
    private boolean answeredRedirect;

    VendorMessageHandler(ConnectionSetup setup, Connection connection) {
        this.setup = setup;
        this.connection = connection;
    }

    /** What we tell a new peer about ourselves. */
    void greet() {
        connection.send(new MessagesSupported(SUPPORTED).toMessage(Routing.direct(Guid.random())));
        connection.send(new Capabilities(0, List.of(), List.of()).toMessage(Routing.direct(Guid.random())));
    }

    void received(VendorMessage message) {
        VendorPayload payload;
        try {
            payload = VendorRegistry.standard().decode(message, setup.limits());
        } catch (WireException e) {
            connection.dropped("malformed: bad vendor payload");
            return;
        }
        InetAddress peer = connection.remoteAddress().getAddress();
        if (payload instanceof MessagesSupported supported) {
            connection.supported(Set.copyOf(supported.messages()));
            if (supported.messages().contains(TcpConnectBack.KEY) && setup.reachability().mayRequestConnectBack()) {
                setup.log().info("asking peer {} to connect back to port {} (are we reachable?)", connection.id(), setup.listen().getPort());
                connection.send(new TcpConnectBack(setup.listen().getPort()).toMessage(Routing.direct(Guid.random())));
            }
        } else if (payload instanceof HopsFlow flow) {
            connection.hopsFlow(flow.maxHops());
        } else if (payload instanceof TcpConnectBack back && !answeredTcp) {
            answeredTcp = setup.connectBack().tcp(peer, back.port(), connection.snapshot().userAgent());
            int redirected = peer instanceof Inet4Address v4 ? redirect(new TcpConnectBackRedirect(Ipv4Address.of(v4.getAddress()), back.port())) : 0;
            setup.log().info("peer {} asked for a TCP connect-back to port {}: {}, passed to {} ultrapeers", connection.id(), back.port(),
                    answeredTcp ? "connecting" : "over the rate limit", redirected);
        } else if (payload instanceof TcpConnectBackRedirect redirect && connection.role() == PeerRole.ULTRAPEER
                && !answeredRedirect && !connectedTo(redirect.address().toInetAddress())) {
            answeredRedirect = setup.connectBack().tcp(redirect.address().toInetAddress(), redirect.port(), "");
            setup.log().info("peer {} asked us to connect back to {}:{} for it: {}", connection.id(), redirect.address(), redirect.port(),
                    answeredRedirect ? "connecting" : "over the rate limit");
        } else if (payload instanceof UdpConnectBack back && !answeredUdp) {
            answeredUdp = setup.connectBack().udp(peer, back.port(), back.pingGuid().orElse(message.routing().guid()));
            setup.log().info("peer {} asked for a UDP connect-back to port {}: {}", connection.id(), back.port(),
                    answeredUdp ? "pinged" : "over the rate limit");
        }
    }

    /** As an ultrapeer: {@code redirect} to up to the configured number of other ultrapeers that take it. */
    private int redirect(TcpConnectBackRedirect redirect) {
        if (setup.registry().self() != PeerRole.ULTRAPEER) {
            return 0;
        }
        int sent = 0;
        for (Connection other : setup.registry().all()) {
            if (sent >= setup.config().connectBackRedirects()) {
                break;
            }
            if (other != connection && other.role() == PeerRole.ULTRAPEER && other.supports(TcpConnectBackRedirect.KEY)) {
                other.send(redirect.toMessage(Routing.direct(Guid.random())));
                sent++;
            }
        }
        return sent;
    }

    /** Whether one of our connections is to {@code address}: connecting back from there proves nothing to LimeWire. */
    private boolean connectedTo(InetAddress address) {
        return setup.registry().all().stream().anyMatch(c -> c.remoteAddress().getAddress().equals(address));
    }
}
