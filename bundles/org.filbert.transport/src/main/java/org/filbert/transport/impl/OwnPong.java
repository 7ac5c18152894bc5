package org.filbert.transport.impl;

import java.net.Inet4Address;
import java.net.InetAddress;

import org.filbert.api.network.PeerRole;
import org.filbert.api.network.SharedFiles;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Ping;
import org.filbert.wire.Pong;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepExtension;

/**
 * Our own pong: where we listen, how many files and KiB we share (when a library runs), and, as an ultrapeer, the GGEP {@code UP} extension with
 * our free leaf and ultrapeer slots, so that host caches learn us as an ultrapeer. Stateless.
 */
final class OwnPong {

    /** Version byte of the {@code UP} extension. */
    private static final int UP_VERSION = 0;
    private static final long MAX_U32 = 0xFFFF_FFFFL;

    private OwnPong() {
    }

    /** Answers {@code ping} (its GUID, TTL = its hops + 1) for a node listening at {@code local}:{@code port}. */
    static Pong of(Ping ping, InetAddress local, int port, ConnectionRegistry registry, SharedFiles shared) {
        byte[] ip = local instanceof Inet4Address ? local.getAddress() : new byte[4];
        Routing routing = new Routing(ping.routing().guid(), Math.max(1, ping.routing().hops() + 1), 0);
        GgepBlock ggep = GgepBlock.EMPTY;
        if (registry.self() == PeerRole.ULTRAPEER) {
            ggep = GgepBlock.of(GgepExtension.of("UP", new byte[] {UP_VERSION,
                    (byte) Math.min(255, registry.freeSlots(PeerRole.LEAF)), (byte) Math.min(255, registry.freeSlots(PeerRole.ULTRAPEER))}));
        }
        long files = shared == null ? 0 : Math.min(shared.count(), MAX_U32);
        long kilobytes = shared == null ? 0 : Math.min(shared.kilobytes(), MAX_U32);
        return new Pong(routing, port, Ipv4Address.of(ip), files, kilobytes, ggep);
    }
}
