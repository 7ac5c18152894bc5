package org.filbert.bench.net;

import java.util.Map;
import java.util.TreeMap;

/**
 * The outcomes of the queries of one kind (popular or rare) in one mode, summed for the
 * table: means per query, the share of queries that found anything, and why dynamic queries
 * stopped. Not thread-safe: filled and read by the bench's main thread.
 */
final class Tally {

    final String mode;
    final String kind;
    private int count;
    private long queries;
    private long hits;
    private long results;
    private int found;
    private long dqUltrapeers;
    private final Map<String, Integer> stops = new TreeMap<>();

    Tally(String mode, String kind) {
        this.mode = mode;
        this.kind = kind;
    }

    void add(SimNetwork.Outcome o) {
        count++;
        queries += o.queries();
        hits += o.hits();
        results += o.results();
        found += o.found() ? 1 : 0;
        o.dq().ifPresent(p -> {
            dqUltrapeers += p.ultrapeers();
            stops.merge(p.state(), 1, Integer::sum);
        });
    }

    double queriesPerQuery() {
        return (double) queries / count;
    }

    double hitsPerQuery() {
        return (double) hits / count;
    }

    double messagesPerQuery() {
        return (double) (queries + hits) / count;
    }

    double resultsPerQuery() {
        return (double) results / count;
    }

    /** Query messages per result received; infinite when nothing was found. */
    double queriesPerResult() {
        return results == 0 ? Double.POSITIVE_INFINITY : (double) queries / results;
    }

    String foundRate() {
        return found + "/" + count;
    }

    /** Ultrapeers the dispatcher sent each query to, and why the dynamic queries stopped; "-" without DQ. */
    String dynamicQuerying() {
        if (stops.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder(String.format("%.1f UPs; ", (double) dqUltrapeers / count));
        stops.forEach((state, n) -> b.append(state).append(" ").append(n).append(", "));
        return b.substring(0, b.length() - 2);
    }
}
