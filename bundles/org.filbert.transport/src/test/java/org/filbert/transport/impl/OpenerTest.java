package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class OpenerTest {

    private static Opener of(String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        return Opener.recognise(b, b.length);
    }

    @Test
    void recognisesEachOpener() {
        assertThat(of("GNUTELLA CONNECT/0.6\r\n")).isEqualTo(Opener.GNUTELLA);
        assertThat(of("GET /uri-res/N2R?urn:sha1:X HTTP/1.1")).isEqualTo(Opener.HTTP_GET);
        assertThat(of("HEAD /gnutella/push-proxy")).isEqualTo(Opener.HTTP_HEAD);
        assertThat(of("GIV 3:0123/a.mp3")).isEqualTo(Opener.GIV);
        assertThat(of("CONNECT BACK\r\n\r\n")).isEqualTo(Opener.CONNECT_BACK);
    }

    @Test
    void waitsWhileAPrefixCouldStillMatch() {
        assertThat(of("")).isNull();
        assertThat(of("GNUTELLA CONN")).isNull();
        assertThat(of("G")).isNull();
        assertThat(of("HE")).isNull();
    }

    @Test
    void decidesUnknownAsSoonAsNothingCanMatch() {
        assertThat(of("GNUTELLA/0.6 200")).isEqualTo(Opener.UNKNOWN);
        assertThat(of("\u0016\u0003\u0001")).isEqualTo(Opener.UNKNOWN);
        assertThat(of("X")).isEqualTo(Opener.UNKNOWN);
    }
}
