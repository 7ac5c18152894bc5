package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Ping;
import org.filbert.wire.Pong;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.GgepBlock;
import org.junit.jupiter.api.Test;

/** The pong cache: one pong per host, freshest first, never back to its source, bounded and expiring. */
class PongCacheTest {

    private final AtomicLong now = new AtomicLong();
    private final PongCache cache = new PongCache(3, TimeUnit.SECONDS.toNanos(60), now::get);

    private static Pong pong(int lastByte, int hops) {
        return new Pong(new Routing(Guid.random(), 7 - hops, hops), 6346, Ipv4Address.of(10, 0, 0, lastByte), 5, 500, GgepBlock.EMPTY);
    }

    private static Ping ping(Guid guid, int hops) {
        return new Ping(new Routing(guid, 2, hops), GgepBlock.EMPTY);
    }

    @Test
    void answersFreshestFirstWithThePingsGuidAndNeverWithTheAskersOwnPongs() {
        cache.add(pong(1, 1), 10);
        cache.add(pong(2, 2), 20);
        cache.add(pong(3, 1), 30);
        Guid guid = Guid.random();
        var answer = cache.answer(ping(guid, 0), 20, Optional.empty(), 10);
        assertThat(answer).extracting(p -> p.address().toString()).containsExactly("10.0.0.3", "10.0.0.1");
        assertThat(answer).allSatisfy(p -> {
            assertThat(p.routing().guid()).isEqualTo(guid);
            assertThat(p.routing().ttl()).isEqualTo(1);
        });
        assertThat(answer.get(0).files()).isEqualTo(5);
        assertThat(answer).extracting(p -> p.routing().hops()).as("one hop more than they came with").containsExactly(2, 2);
        assertThat(cache.answer(ping(guid, 0), 99, Optional.of(new InetSocketAddress("10.0.0.3", 6346)), 10))
                .as("never the asker's own pong").extracting(p -> p.address().toString()).containsExactly("10.0.0.2", "10.0.0.1");
        assertThat(cache.answer(ping(guid, 0), 99, Optional.empty(), 1)).hasSize(1);
    }

    @Test
    void keepsOnePongPerHostAndTheNewestHostsWithinItsCapacity() {
        cache.add(pong(1, 1), 10);
        cache.add(pong(2, 1), 10);
        cache.add(pong(1, 3), 10);
        cache.add(pong(3, 1), 10);
        cache.add(pong(4, 1), 10);
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.answer(ping(Guid.random(), 0), 0, Optional.empty(), 10)).extracting(p -> p.address().toString())
                .containsExactly("10.0.0.4", "10.0.0.3", "10.0.0.1");
    }

    @Test
    void pongsExpireAfterTheirLifetime() {
        cache.add(pong(1, 1), 10);
        now.addAndGet(TimeUnit.SECONDS.toNanos(30));
        cache.add(pong(2, 1), 10);
        now.addAndGet(TimeUnit.SECONDS.toNanos(31));
        assertThat(cache.answer(ping(Guid.random(), 0), 0, Optional.empty(), 10)).extracting(p -> p.address().toString()).containsExactly("10.0.0.2");
    }
}
