package org.filbert.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filbert.wire.Vectors.decode;
import static org.filbert.wire.Vectors.encode;
import static org.filbert.wire.Vectors.hex;

import java.util.List;
import java.util.Map;

import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.ggep.OpaqueExtension;
import org.filbert.wire.ggep.Urn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Golden tests for gtkg-query-hit.hex. Stateless; thread-safe. */
class GtkgQueryHitGoldenTest {
    private static final Map<String, byte[]> V = Vectors.hexFile("gtkg-query-hit.hex");
    private static final String ALPHA_SHA1 = "KYHTBPH5ZAXHKLXVJ3YKNGX6UG2VNOFG";
    private static final String ALPHA_TTH = "FZKIJNTZYIAS6SBT2UCCQ4PCUIFP7KNMEB754GQ";
    private static final String BETA_SHA1 = "GCEGJJX3GW3BB4HGSPTSRBJQ6IJNHOOT";
    private static final String BETA_TTH = "LSD52JIIGIXJA3STVJPHJQLJXVMNDEIRL3RDYLY";

    static List<String> labels() {
        return List.copyOf(V.keySet());
    }

    @ParameterizedTest
    @MethodSource("labels")
    void everyMessageRoundTrips(String label) throws Exception {
        assertThat(encode(decode(V.get(label)))).as(label).isEqualTo(V.get(label));
    }

    @Test
    void firewalledQueries() throws Exception {
        Query q1 = (Query) decode(V.get("q1.gtk-query"));
        assertThat(q1.flags()).isEqualTo(0xF900);
        assertThat(q1.searchText()).isEqualTo("vector");
        assertThat(q1.routing().ttl()).isEqualTo(4);
        assertThat(q1.newSemantics()).isTrue();
        assertThat(q1.firewalled()).isTrue();
        assertThat(q1.wantsXml()).isTrue();
        assertThat(q1.leafGuided()).isTrue();
        assertThat(q1.acceptsGgepH()).isTrue();
        assertThat(q1.outOfBand()).isFalse();
        assertThat(q1.firewallToFirewall()).isFalse();
        assertThat(q1.outOfBandReplyAddress()).isEmpty();
        assertThat(q1.extensions().ggep().ids()).containsExactly("PR");
        assertThat(((Query) decode(V.get("q2.gtk-query"))).searchText()).isEqualTo("golden");
        assertThat(((Query) decode(V.get("q3.gtk-query"))).searchText()).isEqualTo("sample vector alpha");
        Query q4 = (Query) decode(V.get("q4.gtk-query"));
        assertThat(q4.flags()).isEqualTo(0xB900);
        assertThat(q4.firewalled()).isFalse();
        assertThat(q4.searchText()).isEqualTo("delta vector");
    }

    @Test
    void probeQueryWithoutExtensions() throws Exception {
        Query p1 = (Query) decode(V.get("p1.probe-query"));
        assertThat(p1.flags()).isEqualTo(0x8800);
        assertThat(p1.acceptsGgepH()).isTrue();
        assertThat(p1.wantsXml()).isFalse();
        assertThat(p1.extensions().isEmpty()).isTrue();
    }

    @Test
    void hitWithGgepHBitprints() throws Exception {
        QueryHit hit = (QueryHit) decode(V.get("h1.gtk-hit-ggep-h"));
        assertThat(hit.routing()).isEqualTo(new Routing(Guid.fromHex("cb314611c8820effffec8048d4029600"), 6, 1));
        assertCommonHitFields(hit);
        QueryHitResult alpha = hit.results().get(0);
        assertThat(alpha.extensions().items()).hasSize(1);
        assertThat(alpha.extensions().ggep().ids()).containsExactly("H", "CT");
        Urn alphaUrn = alpha.urns().get(0);
        assertThat(alphaUrn.isBitprint()).isTrue();
        assertThat(alphaUrn.sha1Base32()).isEqualTo(ALPHA_SHA1);
        assertThat(alphaUrn.tigerBase32()).isEqualTo(ALPHA_TTH);
        assertThat(alphaUrn.sha1()).isEqualTo(hex("560f30bcfdc82e752ef54ef0a69afea1b556b8a6"));
        assertThat(alpha.sha1().orElseThrow().text()).isEqualTo("urn:sha1:" + ALPHA_SHA1);
        Urn betaUrn = hit.results().get(1).urns().get(0);
        assertThat(betaUrn.text()).isEqualTo("urn:bitprint:" + BETA_SHA1 + "." + BETA_TTH);
    }

    @Test
    void hitWithUrnTextAndTigerTree() throws Exception {
        QueryHit hit = (QueryHit) decode(V.get("h2.gtk-hit-urn"));
        assertCommonHitFields(hit);
        QueryHitResult alpha = hit.results().get(0);
        assertThat(alpha.extensions().items()).hasSize(2);
        assertThat(alpha.extensions().items().get(0)).isEqualTo(Urn.parse("urn:sha1:" + ALPHA_SHA1).orElseThrow());
        assertThat(alpha.extensions().ggep().ids()).containsExactly("TT", "CT");
        assertThat(alpha.extensions().ggep("TT").orElseThrow().data())
                .isEqualTo(hex("2e5484b679c2012f4833d5042871e2a20affa9ac207fde1a"));
        assertThat(alpha.urns()).extracting(Urn::sha1Base32).containsExactly(ALPHA_SHA1);
        assertThat(hit.results().get(1).sha1().orElseThrow().sha1Base32()).isEqualTo(BETA_SHA1);
        assertThat(alpha.extensions().items()).noneMatch(item -> item instanceof OpaqueExtension);
    }

    private static void assertCommonHitFields(QueryHit hit) {
        assertThat(hit.host().toString()).isEqualTo("127.0.0.1:36102");
        assertThat(hit.speed()).isEqualTo(16);
        assertThat(hit.serventGuid()).isEqualTo(Guid.fromHex("7a593102cd02a8a991b01f16c90ed4cf"));
        assertThat(hit.results()).hasSize(2);
        QueryHitResult alpha = hit.results().get(0);
        assertThat(alpha.index()).isEqualTo(1);
        assertThat(alpha.fileSize()).isEqualTo(1234);
        assertThat(alpha.name()).isEqualTo("vector sample alpha.txt");
        assertThat(alpha.creationTime()).contains(1795365396L);
        QueryHitResult beta = hit.results().get(1);
        assertThat(beta.index()).isEqualTo(2);
        assertThat(beta.fileSize()).isEqualTo(70000);
        assertThat(beta.name()).isEqualTo("vector sample b\u00eata.bin");
        QueryHitTrailer trailer = hit.trailer().orElseThrow();
        assertThat(trailer.vendor()).isEqualTo(VendorCode.of("GTKG"));
        assertThat(trailer.openData()).isEqualTo(hex("2d21"));
        HitFlags flags = trailer.flags().orElseThrow();
        assertThat(flags.push()).isEqualTo(FlagValue.YES);
        assertThat(flags.busy()).isEqualTo(FlagValue.NO);
        assertThat(flags.uploaded()).isEqualTo(FlagValue.NO);
        assertThat(flags.speedMeasured()).isEqualTo(FlagValue.UNKNOWN);
        assertThat(flags.ggep()).isEqualTo(FlagValue.YES);
        assertThat(trailer.privatePrefix()).isEmpty();
        assertThat(trailer.ggep().ids()).containsExactly("GTKGV", "TLS", "BH");
        assertThat(trailer.ggep().get("GTKGV").map(GgepExtension::dataLength)).contains(19);
        assertThat(trailer.xml()).isEmpty();
    }
}
