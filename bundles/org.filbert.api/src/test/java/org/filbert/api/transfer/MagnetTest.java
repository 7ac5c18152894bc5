package org.filbert.api.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

class MagnetTest {

    private static final String SHA1 = "ROYL7TF7GQXJ2NW3ANAGHRSQ3WZS3FPJ";

    @Test
    void readsHashNameSizeAndIpSources() {
        Magnet m = Magnet.parse("magnet:?xt=urn:sha1:" + SHA1.toLowerCase() + "&dn=walnut%20sonata.ogg&xl=64"
                + "&xs=http%3A%2F%2F127.0.0.1%3A6346%2Furi-res%2FN2R%3Furn%3Asha1%3A" + SHA1
                + "&xs=http://example.com:80/x&xs=http://999.0.0.1:80/x&as=http://127.0.0.2:7/uri-res/N2R?urn:sha1:" + SHA1);
        assertThat(m.sha1()).isEqualTo(SHA1);
        assertThat(m.name()).isEqualTo("walnut sonata.ogg");
        assertThat(m.size()).isEqualTo(64);
        assertThat(m.sources()).extracting(FileSource::address)
                .containsExactly(new InetSocketAddress("127.0.0.1", 6346), new InetSocketAddress("127.0.0.2", 7));
    }

    @Test
    void roundTripsThroughItsUri() {
        Magnet m = new Magnet(SHA1, "a b&c.txt", 10, java.util.List.of(FileSource.direct(new InetSocketAddress("127.0.0.1", 9))));
        assertThat(Magnet.parse(m.toUri(5))).isEqualTo(m);
    }

    @Test
    void saysWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> Magnet.parse("http://x")).hasMessageStartingWith("a magnet link starts with magnet:?");
        assertThatThrownBy(() -> Magnet.parse("magnet:?xt=urn:btih:abc")).hasMessageContaining("no xt=urn:sha1");
        assertThatThrownBy(() -> Magnet.parse("magnet:?xt=urn:sha1:SHORT")).hasMessageContaining("not a base32 SHA-1");
        assertThatThrownBy(() -> Magnet.parse("magnet:?xt=urn:sha1:" + SHA1 + "&xl=-3")).hasMessageContaining("xl must be");
    }
}
