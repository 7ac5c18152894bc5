package org.filbert.api.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

/** HOST:PORT parsing: literals without lookups, names kept for later, one-line errors. */
class EndpointTest {

    @Test
    void parsesLiteralsAndNames() throws Exception {
        assertThat(Endpoint.parse("127.0.0.1:6346").numeric()).contains(new InetSocketAddress("127.0.0.1", 6346));
        assertThat(Endpoint.parse(" [::1]:6346 ").numeric()).contains(new InetSocketAddress("::1", 6346));
        Endpoint name = Endpoint.parse("uhc.example.org:3558");
        assertThat(name.isNumeric()).isFalse();
        assertThat(name.numeric()).as("no lookup for a name").isEmpty();
        assertThat(Endpoint.parse("999.1.1.1:6346").numeric()).as("an out-of-range literal is not a name to look up").isEmpty();
        assertThat(name).hasToString("uhc.example.org:3558");
        assertThat(Endpoint.parse("localhost:1").resolve().getAddress().isLoopbackAddress()).isTrue();
    }

    @Test
    void refusesWhatIsNotHostAndPortWithOneLine() {
        for (String bad : new String[] {"", "6346", ":6346", "host:", "host:0", "host:65536", "host:x", "a b:1", "::1:6346", "-x:1"}) {
            assertThatThrownBy(() -> Endpoint.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + bad + "'").hasMessageNotContaining("\n");
        }
    }
}
