package org.filbert.wire;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.filbert.wire.internal.Checks;

/**
 * An IPv4 address as carried in Gnutella messages (4 bytes, network order). Immutable value, thread-safe.
 *
 * @param bits the address as a big-endian 32-bit integer
 */
public record Ipv4Address(int bits) {

    public static Ipv4Address of(byte[] networkOrder) {
        byte[] b = Checks.copyExact(networkOrder, 4, "address");
        return new Ipv4Address((b[0] & 0xFF) << 24 | (b[1] & 0xFF) << 16 | (b[2] & 0xFF) << 8 | (b[3] & 0xFF));
    }

    public static Ipv4Address of(int a, int b, int c, int d) {
        return new Ipv4Address(Checks.u8(a, "a") << 24 | Checks.u8(b, "b") << 16 | Checks.u8(c, "c") << 8
                | Checks.u8(d, "d"));
    }

    /** The 4 bytes in network order. */
    public byte[] bytes() {
        return new byte[] {(byte) (bits >>> 24), (byte) (bits >>> 16), (byte) (bits >>> 8), (byte) bits};
    }

    public Inet4Address toInetAddress() {
        try {
            return (Inet4Address) InetAddress.getByAddress(bytes());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("a 4-byte address is always valid", e);
        }
    }

    @Override
    public String toString() {
        return (bits >>> 24) + "." + ((bits >>> 16) & 0xFF) + "." + ((bits >>> 8) & 0xFF) + "." + (bits & 0xFF);
    }
}
