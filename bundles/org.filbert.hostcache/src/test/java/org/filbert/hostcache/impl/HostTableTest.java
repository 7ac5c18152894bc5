package org.filbert.hostcache.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.filbert.api.network.KnownHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostTableTest {

    private Instant now = Instant.parse("2026-11-22T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static InetSocketAddress host(int n) {
        return new InetSocketAddress("127.0.0." + n, 6346);
    }

    @Test
    void boundedDroppingTheStalest() {
        HostTable t = new HostTable(3, 3, Duration.ofSeconds(60), clock);
        for (int i = 1; i <= 10; i++) {
            now = now.plusSeconds(1);
            t.learn(host(i), true, "pong");
        }
        assertThat(t.all()).extracting(KnownHost::address).containsExactly(host(10), host(9), host(8));
    }

    @Test
    void prefersUltrapeersRetriesLaterForgetsRepeatedFailures() {
        HostTable t = new HostTable(10, 2, Duration.ofSeconds(60), clock);
        t.learn(host(1), false, "pong");
        t.learn(host(2), true, "x-try-ultrapeers");
        assertThat(t.next(true, Set.of())).get().extracting(KnownHost::address).isEqualTo(host(2));
        assertThat(t.next(true, Set.of(host(2)))).isEmpty();
        t.failed(host(2));
        assertThat(t.next(true, Set.of())).isEmpty();
        now = now.plusSeconds(61);
        assertThat(t.next(true, Set.of())).isPresent();
        t.failed(host(2));
        assertThat(t.all()).extracting(KnownHost::address).containsExactly(host(1));
    }

    @Test
    void survivesARestartThroughItsFileAndSkipsDamagedLines(@TempDir Path dir) throws Exception {
        HostTable t = new HostTable(10, 3, Duration.ofSeconds(60), clock);
        t.learn(host(1), true, "configured");
        t.learn(host(2), false, "pong");
        Path file = dir.resolve("hosts.txt");
        HostsFile.save(file, t.all());
        Files.writeString(file, Files.readString(file) + "garbage line\n127.0.0.9 notaport leaf 0 0 pong\n");
        HostsFile.Loaded loaded = HostsFile.load(file);
        assertThat(loaded.skipped()).isEqualTo(2);
        assertThat(loaded.hosts()).containsExactlyInAnyOrderElementsOf(t.all());
    }
}
