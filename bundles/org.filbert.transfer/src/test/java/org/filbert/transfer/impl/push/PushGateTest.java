package org.filbert.transfer.impl.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.filbert.transfer.impl.push.PushGate.Verdict;
import org.junit.jupiter.api.Test;

/** Which pushes are answered, on a hand-moved clock. */
class PushGateTest {

    private final AtomicLong now = new AtomicLong();
    private final PushGate gate = new PushGate(2, TimeUnit.SECONDS.toNanos(30), now::get);
    private final InetSocketAddress a = new InetSocketAddress("127.0.0.1", 7000);
    private final InetSocketAddress b = new InetSocketAddress("127.0.0.2", 7000);

    @Test
    void duplicatesWithinTheWindowAreIgnoredThenAnsweredAgain() {
        assertThat(gate.admit(a, 1)).isEqualTo(Verdict.ANSWER);
        assertThat(gate.admit(a, 1)).isEqualTo(Verdict.DUPLICATE);
        now.addAndGet(TimeUnit.SECONDS.toNanos(30));
        assertThat(gate.admit(a, 1)).isEqualTo(Verdict.ANSWER);
    }

    @Test
    void aPushIsAnsweredAgainOnceTheConnectionAnsweringTheFirstEnded() {
        assertThat(gate.admit(a, 1)).isEqualTo(Verdict.ANSWER);
        now.addAndGet(TimeUnit.SECONDS.toNanos(5));
        gate.ended(a, 2);
        assertThat(gate.admit(a, 1)).as("another index's connection ended").isEqualTo(Verdict.DUPLICATE);
        gate.ended(a, 1);
        assertThat(gate.admit(a, 1)).as("the downloader lost our connection, or restarted, and pushes again").isEqualTo(Verdict.ANSWER);
    }

    @Test
    void atMostTheRateInAnySixtySeconds() {
        assertThat(gate.admit(a, 1)).isEqualTo(Verdict.ANSWER);
        now.addAndGet(TimeUnit.SECONDS.toNanos(59));
        assertThat(gate.admit(a, 2)).isEqualTo(Verdict.ANSWER);
        assertThat(gate.admit(b, 1)).isEqualTo(Verdict.OVER_RATE);
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(gate.admit(b, 1)).as("the first answer is a minute old").isEqualTo(Verdict.ANSWER);
        assertThat(gate.admit(b, 2)).isEqualTo(Verdict.OVER_RATE);
    }
}
