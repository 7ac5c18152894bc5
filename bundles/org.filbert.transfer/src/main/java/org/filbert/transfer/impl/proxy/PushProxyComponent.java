package org.filbert.transfer.impl.proxy;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.network.PeerRole;
import org.filbert.api.node.NodeInfo;
import org.filbert.api.transfer.PushProxies;
import org.filbert.routing.api.Peer;
import org.filbert.routing.api.PeerMessageHandler;
import org.filbert.transfer.impl.PushProxyEndpoint;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Message;
import org.filbert.wire.Push;
import org.filbert.wire.Routing;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.vendor.PushProxyAck;
import org.filbert.wire.vendor.PushProxyRequest;
import org.filbert.wire.vendor.VendorKey;
import org.filbert.wire.vendor.VendorPayload;
import org.filbert.wire.vendor.VendorRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Push proxies both ways, as gtk-gnutella ({@code vmsg.c}, {@code pproxy.c}) and LimeWire
 * ({@code MessageRouterImpl}, {@code GnutellaConnection}, {@code HttpPushRequestHandler}) do.
 * As an ultrapeer: a leaf's LIME/21 (message GUID = its servent GUID) makes us its proxy and
 * is answered with LIME/22 version 2 (our address and port, whatever version was asked:
 * LimeWire rejects a version 1 acknowledgement, gtk-gnutella always sends 2), and
 * {@link #push} sends that leaf a push (TTL 1, hops 0) for a downloader. As a leaf: each
 * ultrapeer is asked with LIME/21 version 1 (LimeWire reads no other) as it connects; the
 * addresses of those that acknowledge are our {@link PushProxies}, advertised only while we
 * are a leaf that nobody has reached. Connections are forgotten as they close.
 * Thread-safe; never blocks.
 */
@Component(immediate = true, service = {PeerMessageHandler.class, PushProxies.class, PushProxyEndpoint.class},
        configurationPid = "org.filbert.transfer.proxy", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = ProxyConfig.class)
public final class PushProxyComponent implements PeerMessageHandler, PushProxies, PushProxyEndpoint {

    private final ProxyConfig config;
    private final Guid self;
    private final Logger log;
    private final ProxiedLeaves leaves;
    private final OwnProxies proxies = new OwnProxies();
    private volatile NetworkStatus network;

    @Activate
    public PushProxyComponent(ProxyConfig config, @Reference NodeInfo node, @Reference(service = LoggerFactory.class) Logger log) {
        this.config = config;
        this.self = Guid.of(node.serventGuid());
        this.log = log;
        this.leaves = new ProxiedLeaves(config.maxLeaves());
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    public void bindNetwork(NetworkStatus status) {
        network = status;
    }

    public void unbindNetwork(NetworkStatus status) {
        if (network == status) {
            network = null;
        }
    }

    @Override
    public boolean handles(Message message) {
        return message instanceof VendorMessage vm && vm.vendor().equals(VendorKey.LIME)
                && (vm.selector() == PushProxyRequest.SELECTOR || vm.selector() == PushProxyAck.SELECTOR);
    }

    @Override
    public void received(Peer from, Message message) {
        VendorPayload payload;
        try {
            payload = VendorRegistry.standard().decode((VendorMessage) message, WireLimits.DEFAULT);
        } catch (WireException e) {
            log.debug("bad push-proxy message from peer {}: {}", from.id(), e.getMessage());
            return;
        }
        Guid guid = message.routing().guid();
        if (payload instanceof PushProxyRequest && from.role() == PeerRole.LEAF) {
            proxyFor(from, guid);
        } else if (payload instanceof PushProxyAck ack && from.role() == PeerRole.ULTRAPEER) {
            acknowledged(from, guid, ack);
        }
    }

    private void proxyFor(Peer leaf, Guid servent) {
        NetworkStatus net = network;
        Optional<Ipv4Address> address = net == null ? Optional.empty() : ipv4(announced(net.listenAddress(), leaf));
        if (address.isEmpty()) {
            log.debug("no IPv4 address to give leaf {} as its push proxy", leaf.id());
            return;
        }
        if (!leaves.add(servent, leaf)) {
            log.info("not push proxy for leaf {}: already for {} leaves (maxLeaves)", leaf.id(), config.maxLeaves());
            return;
        }
        leaf.send(new PushProxyAck(2, address, net.listenAddress().getPort()).toMessage(Routing.direct(servent)));
        log.debug("push proxy for leaf {} ({})", leaf.id(), servent.hex());
    }

    /** Where the leaf should reach us: the address we listen on, or the one it connected to when we listen on all. */
    private static InetAddress announced(InetSocketAddress listen, Peer leaf) {
        return listen.getAddress().isAnyLocalAddress() ? leaf.localAddress().getAddress() : listen.getAddress();
    }

    private static Optional<Ipv4Address> ipv4(InetAddress address) {
        return address instanceof Inet4Address && !address.isAnyLocalAddress() ? Optional.of(Ipv4Address.of(address.getAddress()))
                : Optional.empty();
    }

    private void acknowledged(Peer ultrapeer, Guid guid, PushProxyAck ack) {
        if (!guid.equals(self) || ack.port() == 0) {
            log.debug("ignoring push-proxy acknowledgement from peer {}: GUID {} port {}", ultrapeer.id(), guid.hex(), ack.port());
            return;
        }
        InetAddress address = ack.address().filter(a -> a.bits() != 0).map(Ipv4Address::toInetAddress)
                .map(InetAddress.class::cast).orElse(ultrapeer.remoteAddress().getAddress());
        proxies.put(ultrapeer, new InetSocketAddress(address, ack.port()));
        log.info("peer {} is our push proxy at {}:{}", ultrapeer.id(), address.getHostAddress(), ack.port());
    }

    @Override
    public void connected(Peer peer) {
        NetworkStatus net = network;
        if (peer.role() == PeerRole.ULTRAPEER && net != null && net.role() == PeerRole.LEAF) {
            peer.send(new PushProxyRequest(1).toMessage(Routing.direct(self)));
        }
    }

    @Override
    public void disconnected(Peer peer) {
        leaves.remove(peer);
        proxies.remove(peer);
    }

    @Override
    public List<InetSocketAddress> current() {
        NetworkStatus net = network;
        if (net == null || net.reachable() || net.role() != PeerRole.LEAF) {
            return List.of();
        }
        return proxies.first(config.maxAdvertised());
    }

    @Override
    public boolean push(byte[] serventGuid, long index, InetSocketAddress requester) {
        Guid servent = Guid.of(serventGuid);
        Optional<Peer> leaf = leaves.get(servent).filter(Peer::isOpen);
        Optional<Ipv4Address> to = ipv4(requester.getAddress());
        if (leaf.isEmpty() || to.isEmpty() || requester.getPort() == 0) {
            return false;
        }
        Push push = new Push(Routing.direct(Guid.random()), servent, index, to.get(), requester.getPort(), GgepBlock.EMPTY);
        boolean sent = leaf.get().send(push);
        log.debug("push for {} to leaf {} asking it to connect to {}: {}", servent.hex(), leaf.get().id(), requester,
                sent ? "sent" : "not queued");
        return sent;
    }
}
