package org.filbert.bench.net;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.filbert.wire.Guid;
import org.filbert.wire.Message;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;

/**
 * What crossed the links of one network: messages and bytes (23-byte header included) by
 * message type, and per query GUID the query copies and hits sent over any link and the hits
 * and results that reached the asker. Thread-safe.
 */
final class Traffic {

    /** One query's traffic. */
    static final class PerQuery {
        final LongAdder queries = new LongAdder();
        final LongAdder hits = new LongAdder();
        final LongAdder deliveredHits = new LongAdder();
        final LongAdder deliveredResults = new LongAdder();
    }

    private final Map<String, LongAdder> messages = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> bytes = new ConcurrentHashMap<>();
    private final Map<Guid, PerQuery> queries = new ConcurrentHashMap<>();

    /** A message handed to a link. */
    void sent(Message message) {
        String type = message.getClass().getSimpleName();
        messages.computeIfAbsent(type, t -> new LongAdder()).increment();
        bytes.computeIfAbsent(type, t -> new LongAdder()).add(23L + message.encodePayload().length);
        if (message instanceof Query) {
            of(message.routing().guid()).queries.increment();
        } else if (message instanceof QueryHit) {
            of(message.routing().guid()).hits.increment();
        }
    }

    /** A hit that reached the node that asked. */
    void delivered(QueryHit hit) {
        PerQuery q = of(hit.routing().guid());
        q.deliveredHits.increment();
        q.deliveredResults.add(hit.results().size());
    }

    PerQuery of(Guid guid) {
        return queries.computeIfAbsent(guid, g -> new PerQuery());
    }

    /** Messages sent so far by type. */
    Map<String, Long> messages() {
        return snapshot(messages);
    }

    /** Bytes sent so far by type. */
    Map<String, Long> bytes() {
        return snapshot(bytes);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((type, n) -> result.put(type, n.sum()));
        return result;
    }
}
