package org.filbert.transfer.impl.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.filbert.transfer.impl.upload.RequestTarget.ByIndex;
import org.filbert.transfer.impl.upload.RequestTarget.BySha1;
import org.filbert.transfer.impl.upload.RequestTarget.PushProxy;
import org.filbert.transfer.impl.upload.RequestTarget.Unknown;
import org.filbert.wire.Guid;
import org.junit.jupiter.api.Test;

class RequestTargetTest {

    private static final String SHA1 = "ROYL7TF7GQXJ2NW3ANAGHRSQ3WZS3FPJ";
    private static final String TIGER = "A".repeat(39);
    private static final Guid GUID = Guid.fromHex("0123456789ABCDEF0123456789ABCDEF");

    @Test
    void readsN2RInAnyCaseAndBitprints() {
        assertThat(RequestTarget.parse("/uri-res/N2R?urn:sha1:" + SHA1)).isEqualTo(new BySha1(SHA1));
        assertThat(RequestTarget.parse("/URI-RES/n2r?URN:SHA1:" + SHA1.toLowerCase())).isEqualTo(new BySha1(SHA1));
        assertThat(RequestTarget.parse("/uri-res/N2R?urn%3Asha1%3A" + SHA1)).isEqualTo(new BySha1(SHA1));
        assertThat(RequestTarget.parse("/uri-res/N2R?urn:bitprint:" + SHA1 + "." + TIGER)).isEqualTo(new BySha1(SHA1));
        assertThat(RequestTarget.parse("/uri-res/N2X?urn:sha1:" + SHA1)).isEqualTo(new Unknown());
    }

    @Test
    void refusesUrnsWithJunk() {
        for (String bad : new String[] {"urn:sha1:" + SHA1 + "X", "urn:sha1:" + SHA1.substring(1), "urn:sha1:" + SHA1 + "%00",
                "urn:md5:" + SHA1, "", "urn:sha1:../../etc/passwd", "urn:sha1:" + SHA1.replace('R', '1')}) {
            assertThatThrownBy(() -> RequestTarget.parse("/uri-res/N2R?" + bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void readsIndexAndDecodedName() {
        assertThat(RequestTarget.parse("/get/7/Blue%20Moon+live.ogg")).isEqualTo(new ByIndex(7, "Blue Moon+live.ogg"));
        assertThat(RequestTarget.parse("/get/7/%C3%89mile.txt")).isEqualTo(new ByIndex(7, "Émile.txt"));
        assertThat(RequestTarget.parse("/get/1/../../etc/passwd")).isEqualTo(new ByIndex(1, "../../etc/passwd"));
        assertThat(RequestTarget.parse("/get/1/%2e%2e/%2e%2e/etc/passwd")).isEqualTo(new ByIndex(1, "../../etc/passwd"));
        assertThat(RequestTarget.parse("/get/1//etc/passwd")).isEqualTo(new ByIndex(1, "/etc/passwd"));
    }

    @Test
    void unknownIndexesAndPathsAreNotFound() {
        for (String path : new String[] {"/get/-1/x", "/get/99999999999999999999/x", "/get/4294967296/x", "/get/x/y", "/get/1",
                "/get//x", "/etc/passwd", "/", "/get", "/uri-res/N2R/../../etc/passwd"}) {
            assertThat(RequestTarget.parse(path)).as(path).isEqualTo(new Unknown());
        }
        assertThat(RequestTarget.parse("/get/4294967295/x")).isEqualTo(new ByIndex(4294967295L, "x"));
    }

    @Test
    void refusesControlCharactersAndBadEncoding() {
        for (String bad : new String[] {"/get/1/a%00b", "/get/1/a\u0000b", "/get/1/a%zz", "/get/1/a%4", "/get/1/%C3", "/get/1/a%0d%0ab"}) {
            assertThatThrownBy(() -> RequestTarget.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void readsLimeWireAndGtkGnutellaPushProxyRequests() {
        String base32 = GUID.base32();
        assertThat(RequestTarget.parse("/gnutella/push-proxy?ServerId=" + base32)).isEqualTo(new PushProxy(GUID, 0));
        assertThat(RequestTarget.parse("/gnutella/push-proxy?ServerID=" + base32 + "======&file=12")).isEqualTo(new PushProxy(GUID, 12));
        assertThat(RequestTarget.parse("/gnutella/pushproxy?serverid=" + base32.toLowerCase())).isEqualTo(new PushProxy(GUID, 0));
        assertThat(RequestTarget.parse("/gnet/push-proxy?guid=0123456789abcdef0123456789ABCDEF&file=3"))
                .isEqualTo(new PushProxy(GUID, 3));
        for (String bad : new String[] {"/gnet/push-proxy", "/gnet/push-proxy?guid=0123", "/gnet/push-proxy?guid=" + "Z".repeat(32),
                "/gnutella/push-proxy?ServerId=ABC", "/gnet/push-proxy?guid=" + "0".repeat(32) + "&file=-1",
                "/gnet/push-proxy?guid=" + "0".repeat(32) + "&file=x"}) {
            assertThatThrownBy(() -> RequestTarget.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
