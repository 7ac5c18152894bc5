package org.filbert.transfer.impl.mesh;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

class MeshTest {

    private static InetSocketAddress host(int n) {
        return new InetSocketAddress("127.0.0." + n, 6346);
    }

    @Test
    void keepsTheNewestHostsPerFileAndTheMostRecentlyUsedFiles() {
        Mesh mesh = new Mesh(2, 3);
        for (int i = 1; i <= 5; i++) {
            mesh.add("A", host(i));
        }
        assertThat(mesh.of("A", 10)).containsExactly(host(5), host(4), host(3));
        assertThat(mesh.of("A", 2)).containsExactly(host(5), host(4));
        mesh.add("B", host(1));
        mesh.of("A", 1);
        mesh.add("C", host(1));
        assertThat(mesh.of("B", 10)).as("B was the least recently used file").isEmpty();
        assertThat(mesh.of("A", 10)).hasSize(3);
        mesh.remove("A", host(4));
        assertThat(mesh.of("A", 10)).containsExactly(host(5), host(3));
    }

    @Test
    void altHeaderReadsIpsWithOrWithoutPortAndSkipsTheRest() {
        assertThat(AltHeader.parse("127.0.0.1:6347, 127.0.0.2,tls=C0, example.com:80, 300.1.1.1, 127.0.0.3:99999, 127.0.0.4:1", 10))
                .containsExactly(new InetSocketAddress("127.0.0.1", 6347), new InetSocketAddress("127.0.0.2", 6346),
                        new InetSocketAddress("127.0.0.4", 1));
        assertThat(AltHeader.parse("127.0.0.1, 127.0.0.2, 127.0.0.3", 2)).hasSize(2);
        assertThat(AltHeader.format(AltHeader.parse("127.0.0.1:5, 127.0.0.2", 5))).isEqualTo("127.0.0.1:5, 127.0.0.2:6346");
    }
}
