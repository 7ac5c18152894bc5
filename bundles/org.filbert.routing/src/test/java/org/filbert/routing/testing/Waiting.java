package org.filbert.routing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting in tests for what another thread does (a scan, a hash, a timer), with a generous
 * deadline that only a hung test reaches; never a timing assertion. Shared with other
 * bundles' tests through this module's test jar. Stateless.
 */
public final class Waiting {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private Waiting() {
    }

    /** Returns once {@code condition} holds; fails after the deadline. */
    public static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + DEADLINE.toSeconds() + " s for a condition").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
