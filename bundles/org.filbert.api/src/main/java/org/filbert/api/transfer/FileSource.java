package org.filbert.api.transfer;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A servent that has a file: its address, its servent GUID (32 hex digits, empty when unknown,
 * as for a magnet's source), the file's index there, whether it is firewalled (it must be
 * pushed to connect to us), its push proxies and its vendor code. Immutable.
 */
public record FileSource(InetSocketAddress address, String serventGuid, long index, boolean firewalled,
        List<InetSocketAddress> pushProxies, String vendor) {

    private static final Pattern GUID = Pattern.compile("([0-9A-F]{32})?");

    public FileSource {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(serventGuid, "serventGuid");
        if (!GUID.matcher(serventGuid).matches()) {
            throw new IllegalArgumentException("servent GUID must be 32 upper-case hex digits: " + serventGuid);
        }
        pushProxies = List.copyOf(pushProxies);
        Objects.requireNonNull(vendor, "vendor");
    }

    /** A source known only by its address (a magnet's {@code xs}, an alternate location). */
    public static FileSource direct(InetSocketAddress address) {
        return new FileSource(address, "", -1, false, List.of(), "");
    }

    /**
     * What tells this source from the others of a download: a firewalled servent's GUID
     * (firewalled servents behind different NATs often show the same private address, such
     * as 192.168.1.2:6346), otherwise its address.
     */
    public String key() {
        return firewalled && !serventGuid.isEmpty() ? serventGuid : hostPort();
    }

    /** How to write the address: {@code a.b.c.d:port}. */
    public String hostPort() {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}
