package org.filbert.transfer.impl.mesh;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.filbert.api.network.Endpoint;

/**
 * The {@code X-Alt} header of the download mesh (as gtk-gnutella and LimeWire write it):
 * comma-separated {@code a.b.c.d[:port]} (port 6346 when absent); other tokens (TLS hints,
 * names) are skipped, never looked up. Stateless.
 */
public final class AltHeader {

    /** The port a location without one listens on. */
    static final int DEFAULT_PORT = 6346;
    private static final Pattern IPV4_HOST = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}(:\\d{1,5})?");

    private AltHeader() {
    }

    /** At most {@code max} locations read from a header value; malformed entries are skipped. */
    public static List<InetSocketAddress> parse(String value, int max) {
        List<InetSocketAddress> hosts = new ArrayList<>();
        for (String token : value.split(",")) {
            if (hosts.size() >= max) {
                break;
            }
            InetSocketAddress host = location(token.trim());
            if (host != null) {
                hosts.add(host);
            }
        }
        return hosts;
    }

    /** An IPv4 literal with an optional port; null for anything else (a name is never looked up). */
    private static InetSocketAddress location(String token) {
        if (!IPV4_HOST.matcher(token).matches()) {
            return null;
        }
        try {
            return Endpoint.parse(token.indexOf(':') < 0 ? token + ":" + DEFAULT_PORT : token).numeric().orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The header value for these locations. */
    public static String format(List<InetSocketAddress> hosts) {
        return hosts.stream().map(h -> h.getAddress().getHostAddress() + ":" + h.getPort()).collect(Collectors.joining(", "));
    }
}
