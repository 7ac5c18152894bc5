package org.filbert.transfer.impl.mesh;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code X-Alt} header of the download mesh (as gtk-gnutella and LimeWire write it):
 * comma-separated {@code a.b.c.d[:port]} (port 6346 when absent); other tokens (TLS hints,
 * names) are skipped, never looked up. Stateless.
 */
public final class AltHeader {

    /** The port a location without one listens on. */
    static final int DEFAULT_PORT = 6346;

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

    private static InetSocketAddress location(String token) {
        int colon = token.indexOf(':');
        String ip = colon < 0 ? token : token.substring(0, colon);
        int port = DEFAULT_PORT;
        if (colon >= 0) {
            try {
                port = Integer.parseInt(token.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        String[] octets = ip.split("\\.", -1);
        if (octets.length != 4 || port < 1 || port > 65535) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (octets[i].isEmpty() || octets[i].length() > 3 || !octets[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            int octet = Integer.parseInt(octets[i]);
            if (octet > 255) {
                return null;
            }
            bytes[i] = (byte) octet;
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(bytes), port);
        } catch (UnknownHostException e) {
            throw new AssertionError("four bytes are always an address", e);
        }
    }

    /** The header value for these locations. */
    public static String format(List<InetSocketAddress> hosts) {
        return hosts.stream().map(h -> h.getAddress().getHostAddress() + ":" + h.getPort()).collect(Collectors.joining(", "));
    }
}
