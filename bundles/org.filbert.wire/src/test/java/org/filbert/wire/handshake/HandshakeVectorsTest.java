package org.filbert.wire.handshake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.filbert.wire.Vectors;
import org.filbert.wire.WireLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every handshake block of the vector files parses and re-encodes byte for byte. Stateless; thread-safe. */
class HandshakeVectorsTest {
    private static final List<String> FILES =
            List.of("gtkg-handshake-leaf.txt", "gtkg-handshake-ultrapeer.txt", "limewire-handshake.txt");

    static List<String> blocks() {
        List<String> out = new ArrayList<>();
        for (String file : FILES) {
            Vectors.handshakeFile(file).keySet().forEach(label -> out.add(file + "#" + label));
        }
        return out;
    }

    private static byte[] bytes(String id) {
        String[] parts = id.split("#");
        return Vectors.handshakeFile(parts[0]).get(parts[1]);
    }

    @ParameterizedTest
    @MethodSource("blocks")
    void parsesAndRoundTrips(String id) throws Exception {
        byte[] wire = bytes(id);
        HandshakeBlock block = HandshakeParser.parse(wire, WireLimits.DEFAULT);
        assertThat(block.protocolVersion()).isEqualTo("0.6");
        assertThat(block.toBytes()).isEqualTo(wire);
    }

    @ParameterizedTest
    @MethodSource("blocks")
    void parsesWhenFedOneByteAtATime(String id) throws Exception {
        byte[] wire = bytes(id);
        HandshakeParser parser = new HandshakeParser(WireLimits.DEFAULT);
        ByteBuf buf = Unpooled.buffer();
        try {
            for (int i = 0; i < wire.length; i++) {
                buf.writeByte(wire[i]);
                var block = parser.feed(buf);
                assertThat(block.isPresent()).isEqualTo(i == wire.length - 1);
            }
        } finally {
            buf.release();
        }
    }

    @Test
    void gtkgUltrapeerResponse() throws Exception {
        Map<String, byte[]> leaf = Vectors.handshakeFile("gtkg-handshake-leaf.txt");
        HandshakeBlock response = HandshakeParser.parse(leaf.get("a.response"), WireLimits.DEFAULT);
        assertThat(response.isRequest()).isFalse();
        assertThat(response.statusCode()).hasValue(200);
        assertThat(response.reasonPhrase()).isEqualTo("OK");
        HandshakeHeaders h = response.headers();
        assertThat(h.get("user-agent")).contains(
                "gtk-gnutella/1.2.3-14-ga331a-dirty (2024-03-03; Topless; Linux x86_64)");
        assertThat(h.get("CONTENT-ENCODING")).contains("deflate");
        assertThat(h.get("X-Max-TTL")).contains("4");
        assertThat(h.get("X-Degree")).contains("17");
        assertThat(h.get("X-Features")).contains("tls/1.0, browse/1.0, sflag/0.1, HSEP/0.2");
        HandshakeBlock refused = HandshakeParser.parse(leaf.get("b.response"), WireLimits.DEFAULT);
        assertThat(refused.statusCode()).hasValue(403);
        assertThat(refused.reasonPhrase()).isEqualTo("Gnet connection not compressed");
    }

    @Test
    void limewireRequestAndResponse() throws Exception {
        Map<String, byte[]> lw = Vectors.handshakeFile("limewire-handshake.txt");
        HandshakeBlock request = HandshakeParser.parse(lw.get("c.request"), WireLimits.DEFAULT);
        assertThat(request.isRequest()).isTrue();
        assertThat(request.headers().get("Listen-IP")).contains("127.0.0.1:16346");
        assertThat(request.headers().get("x-ultrapeer")).contains("True");
        HandshakeBlock response = HandshakeParser.parse(lw.get("a.response"), WireLimits.DEFAULT);
        assertThat(response.headers().get("X-Try-Ultrapeers")).contains("127.0.0.1:16347");
        assertThat(response.headers().get("User-Agent")).contains("LimeWire/@version@");
        assertThat(response.headers().size()).isEqualTo(18);
    }

    @Test
    void gtkgTokenHeaderKeepsItsSemicolon() throws Exception {
        Map<String, byte[]> up = Vectors.handshakeFile("gtkg-handshake-ultrapeer.txt");
        HandshakeBlock request = HandshakeParser.parse(up.get("b.request"), WireLimits.DEFAULT);
        assertThat(request.headers().get("X-Token")).contains("awMadQF0JR7tCQAYyLBv8+JNuEf0Q/yB5sA4; E8M=");
        assertThat(request.headers().get("Upgrade")).contains("TLS/1.0");
    }
}
