package org.filbert.wire.ggep;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Packed hosts as IPP, PUSH and ALT carry them. Stateless. */
class PackedHostsTest {

    @Test
    void addressInNetworkOrderThenPortLittleEndian() {
        byte[] packed = PackedHosts.pack(List.of(new InetSocketAddress("10.1.2.3", 6346), new InetSocketAddress("::1", 6347),
                new InetSocketAddress("127.0.0.1", 0x1234)));
        assertThat(HexFormat.of().formatHex(packed)).as("IPv6 left out").isEqualTo("0a010203ca18" + "7f0000013412");
        assertThat(PackedHosts.unpack(packed)).containsExactly(new InetSocketAddress("10.1.2.3", 6346),
                new InetSocketAddress("127.0.0.1", 0x1234));
    }

    @Test
    void portZeroAndATrailingPartialEntryAreSkipped() {
        assertThat(PackedHosts.unpack(HexFormat.of().parseHex("0a0102030000" + "7f000001ca18" + "7f00"))).containsExactly(
                new InetSocketAddress("127.0.0.1", 6346));
    }
}
