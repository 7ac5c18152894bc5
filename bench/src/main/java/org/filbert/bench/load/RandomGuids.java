package org.filbert.bench.load;

import java.util.concurrent.ThreadLocalRandom;

import org.filbert.wire.Guid;

/** Fresh random GUIDs for servents and queries. Stateless; thread-safe. */
final class RandomGuids {

    private RandomGuids() {
    }

    static Guid next() {
        byte[] bytes = new byte[Guid.LENGTH];
        ThreadLocalRandom.current().nextBytes(bytes);
        return Guid.of(bytes);
    }
}
