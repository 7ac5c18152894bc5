package org.filbert.api.network;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A host and port as users and peers write them, {@code HOST:PORT} or {@code [IPv6]:PORT}:
 * the one parser for launcher flags, shell arguments, configuration and handshake headers.
 * A numeric host becomes an address without any name lookup; a name is looked up only when
 * asked to. Immutable.
 *
 * @param host a name, an IPv4 literal, or an IPv6 literal without brackets
 * @param port 1 to 65535
 */
public record Endpoint(String host, int port) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?");

    public Endpoint {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a port from 1 to 65535, not " + port);
        }
    }

    /**
     * Parses {@code HOST:PORT}.
     *
     * @throws IllegalArgumentException with a one-line reason naming the text
     */
    public static Endpoint parse(String text) {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        String host = colon > 0 ? t.substring(0, colon) : "";
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.contains(":")) {
            host = "";
        }
        boolean v6 = host.contains(":") && host.matches("[0-9A-Fa-f:.]+");
        if (host.isEmpty() || !(v6 || IPV4.matcher(host).matches() || NAME.matcher(host).matches())) {
            throw new IllegalArgumentException("expected HOST:PORT, e.g. 127.0.0.1:6346, not '" + text + "'");
        }
        int port;
        try {
            port = Integer.parseInt(t.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("expected a port from 1 to 65535 in '" + text + "'");
        }
        return new Endpoint(host, port);
    }

    /** Whether the host is an IP literal rather than a name. */
    public boolean isNumeric() {
        return host.contains(":") || IPV4.matcher(host).matches();
    }

    /** The socket address of a numeric host, never looking anything up; empty for a name or a bad literal. */
    public Optional<InetSocketAddress> numeric() {
        if (!isNumeric()) {
            return Optional.empty();
        }
        try {
            if (IPV4.matcher(host).matches()) {
                // by bytes: InetAddress.getByName would look up an out-of-range "literal" such as 999.1.1.1 as a name
                byte[] ip = new byte[4];
                String[] octets = host.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(octets[i]);
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    ip[i] = (byte) octet;
                }
                return Optional.of(new InetSocketAddress(InetAddress.getByAddress(ip), port));
            }
            return Optional.of(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** The socket address, looking a name up (this may block). */
    public InetSocketAddress resolve() throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(host), port);
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
