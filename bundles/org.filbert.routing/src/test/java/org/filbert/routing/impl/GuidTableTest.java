package org.filbert.routing.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.filbert.wire.Guid;
import org.junit.jupiter.api.Test;

class GuidTableTest {

    private final AtomicLong now = new AtomicLong();

    private static Guid guid(int n) {
        byte[] b = new byte[16];
        b[0] = (byte) n;
        b[1] = (byte) (n >> 8);
        return Guid.of(b);
    }

    @Test
    void entriesExpireAfterTheirLifetime() {
        GuidTable<String> t = new GuidTable<>(10, 100, now::get);
        t.put(guid(1), "a");
        now.set(99);
        assertThat(t.get(guid(1))).isEqualTo("a");
        now.set(100);
        assertThat(t.get(guid(1))).isNull();
        assertThat(t.size()).isZero();
    }

    @Test
    void neverHoldsMoreThanItsCapacityOldestFirst() {
        GuidTable<Integer> t = new GuidTable<>(3, 1_000_000, now::get);
        for (int i = 0; i < 1000; i++) {
            t.put(guid(i), i);
        }
        assertThat(t.size()).isEqualTo(3);
        assertThat(t.get(guid(996))).isNull();
        assertThat(t.get(guid(999))).isEqualTo(999);
    }

    @Test
    void putIfAbsentRefusesALiveDuplicateOnly() {
        GuidTable<Boolean> t = new GuidTable<>(10, 100, now::get);
        assertThat(t.putIfAbsent(guid(1), true)).isTrue();
        assertThat(t.putIfAbsent(guid(1), true)).isFalse();
        now.set(100);
        assertThat(t.putIfAbsent(guid(1), true)).isTrue();
    }
}
