package org.filbert.search.impl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.filbert.api.transfer.FileSource;
import org.filbert.wire.FlagValue;
import org.filbert.wire.HitFlags;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.QueryHitTrailer;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.Urn;

/**
 * Reads a query hit into {@link HitEntry}s: each result's name, size and SHA-1, and the
 * servent as a source — firewalled when the trailer's push flag says so or when the hit's
 * address is private or zero (or its port 0), with the push proxies of the trailer's GGEP
 * {@code PUSH} (6 bytes each: IPv4 in network order, port little-endian; a short tail is
 * ignored). Stateless, thread-safe.
 */
final class HitReader {

    /** The trailer GGEP extension that lists a firewalled servent's push proxies. */
    static final String PUSH_PROXIES_ID = "PUSH";

    private final int maxPushProxies;

    HitReader(int maxPushProxies) {
        this.maxPushProxies = maxPushProxies;
    }

    List<HitEntry> read(QueryHit hit) {
        boolean pushFlag = hit.trailer().flatMap(QueryHitTrailer::flags).map(HitFlags::push).orElse(FlagValue.UNKNOWN) == FlagValue.YES;
        Inet4Address address = hit.address().toInetAddress();
        boolean firewalled = pushFlag || unreachable(address) || hit.port() == 0;
        List<InetSocketAddress> proxies = hit.trailer().flatMap(t -> t.ggep().get(PUSH_PROXIES_ID))
                .map(this::pushProxies).orElse(List.of());
        String vendor = hit.vendor().map(v -> v.text().replaceAll("[^\\x21-\\x7E]", "")).orElse("");
        String servent = hit.serventGuid().hex().toUpperCase(Locale.ROOT);
        InetSocketAddress from = new InetSocketAddress(address, hit.port());
        List<HitEntry> entries = new ArrayList<>(hit.results().size());
        for (QueryHitResult r : hit.results()) {
            entries.add(new HitEntry(r.name(), r.fileSize(), r.sha1().map(Urn::sha1Base32),
                    new FileSource(from, servent, r.index(), firewalled, proxies, vendor)));
        }
        return entries;
    }

    /** An address no one outside its own network can connect to: 0.0.0.0, private, link-local, shared (100.64/10). */
    static boolean unreachable(InetAddress address) {
        byte[] b = address.getAddress();
        boolean shared = b.length == 4 && (b[0] & 0xFF) == 100 && (b[1] & 0xC0) == 64;
        return address.isAnyLocalAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress() || shared;
    }

    private List<InetSocketAddress> pushProxies(GgepExtension push) {
        byte[] data = push.data();
        List<InetSocketAddress> proxies = new ArrayList<>();
        for (int at = 0; at + 6 <= data.length && proxies.size() < maxPushProxies; at += 6) {
            Ipv4Address ip = Ipv4Address.of(new byte[] {data[at], data[at + 1], data[at + 2], data[at + 3]});
            int port = (data[at + 4] & 0xFF) | (data[at + 5] & 0xFF) << 8;
            if (port != 0 && !unreachable(ip.toInetAddress())) {
                proxies.add(new InetSocketAddress(ip.toInetAddress(), port));
            }
        }
        return List.copyOf(proxies);
    }
}
