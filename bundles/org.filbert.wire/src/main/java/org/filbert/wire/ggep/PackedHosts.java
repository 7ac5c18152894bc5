package org.filbert.wire.ggep;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Hosts packed in GGEP data, as in {@code IPP} (UDP host caches), {@code PUSH} (a hit's push
 * proxies) and {@code ALT} (a result's alternate locations): each host as 4 address bytes in
 * network order then the port, little-endian (6 bytes). IPv4 only (other hosts are left out
 * when packing); a trailing partial entry and port 0 are ignored when unpacking. Stateless.
 */
public final class PackedHosts {

    /** Bytes per host. */
    public static final int ENTRY = 6;

    private PackedHosts() {
    }

    /** The IPv4 hosts among {@code hosts}, packed in order. */
    public static byte[] pack(List<InetSocketAddress> hosts) {
        List<InetSocketAddress> v4 = hosts.stream().filter(h -> h.getAddress().getAddress().length == 4).toList();
        byte[] out = new byte[v4.size() * ENTRY];
        for (int i = 0; i < v4.size(); i++) {
            System.arraycopy(v4.get(i).getAddress().getAddress(), 0, out, i * ENTRY, 4);
            out[i * ENTRY + 4] = (byte) v4.get(i).getPort();
            out[i * ENTRY + 5] = (byte) (v4.get(i).getPort() >> 8);
        }
        return out;
    }

    /** The hosts packed in {@code data}. */
    public static List<InetSocketAddress> unpack(byte[] data) {
        List<InetSocketAddress> hosts = new ArrayList<>();
        for (int i = 0; i + ENTRY <= data.length; i += ENTRY) {
            int port = (data[i + 4] & 0xFF) | (data[i + 5] & 0xFF) << 8;
            if (port == 0) {
                continue;
            }
            try {
                hosts.add(new InetSocketAddress(InetAddress.getByAddress(new byte[] {data[i], data[i + 1], data[i + 2], data[i + 3]}), port));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("4 bytes are always an address", e);
            }
        }
        return hosts;
    }
}
