package org.filbert.bench.net;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Measures what a query costs under {@code flood} and under {@code qrp} with dynamic
 * querying, in a network of ultrapeers and leaves built in this JVM from Filbert's real
 * routing code (see {@link SimNetwork}). For each mode it builds the same {@link Topology},
 * lets the query routing tables settle (qrp+dq), runs the popular queries and then the rare
 * ones one at a time, and prints query messages, hit messages and results per query, the
 * share of rare queries answered, and the flood/qrp+dq ratio for popular files. Command
 * line: {@link Options#USAGE}. Runs on the main thread; not for concurrent use.
 */
public final class QueryNetworkBench {

    private QueryNetworkBench() {
    }

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Topology topology = new Topology(o);
        int links = topology.links.stream().mapToInt(java.util.Set::size).sum() / 2;
        System.out.printf("network: %d ultrapeers (%d links, mean degree %.1f), %d leaves each (%d leaves), %d files a leaf;%n",
                o.ultrapeers(), links, 2.0 * links / o.ultrapeers(), o.leaves(), topology.shares.size(), o.files());
        System.out.printf("popular file on %d leaves (%.0f %%), %d rare files on one leaf each; %d queries per kind, TTL %d"
                + " (X-Max-TTL %d); %s, %d cores, seed %d%n", topology.popularHolders, 100 * o.popularShare(), topology.rare.size(),
                o.queries(), o.ttl(), Link.MAX_TTL, LocalDate.now(), Runtime.getRuntime().availableProcessors(), o.seed());
        System.out.printf("dq: leaf target %d results, probe %d ultrapeers, %d ms per hop, max TTL 4, %d leaves per ultrapeer assumed%n",
                o.target(), o.probe(), o.millisPerHop(), o.leaves());
        List<Tally> tallies = new ArrayList<>();
        for (RoutingMode mode : o.modes()) {
            tallies.addAll(measure(mode, topology, o));
        }
        print(tallies);
    }

    private static List<Tally> measure(RoutingMode mode, Topology topology, Options o) throws Exception {
        long start = System.nanoTime();
        try (SimNetwork network = new SimNetwork(topology, mode, o)) {
            if (mode == RoutingMode.QRP_DQ) {
                long settled = network.awaitTables(1);
                System.out.printf("%s: query routing tables settled after %.1f s: %s%n", mode.label, settled / 1000.0, qrp(network));
            }
            Tally popular = new Tally(mode.label, "popular");
            topology.popular.forEach(ask -> add(popular, network, ask));
            Tally rare = new Tally(mode.label, "rare");
            List<Integer> missed = new ArrayList<>();
            for (Topology.Ask ask : topology.rare) {
                if (!add(rare, network, ask).found()) {
                    missed.add(topology.distance(topology.ultrapeerOf(ask.askerLeaf()), topology.ultrapeerOf(ask.holderLeaf())));
                }
            }
            if (!missed.isEmpty()) {
                System.out.printf("%s: %d rare files not found; ultrapeer hops from the asker's ultrapeer to the holder's: %s%n",
                        mode.label, missed.size(), missed);
            }
            System.out.printf("%s: done in %.1f s; all traffic by type: %s; table traffic %s; tasks failed: %d%n", mode.label,
                    (System.nanoTime() - start) / 1e9, network.traffic().messages(), qrp(network), network.failures());
            return List.of(popular, rare);
        }
    }

    private static SimNetwork.Outcome add(Tally tally, SimNetwork network, Topology.Ask ask) {
        try {
            SimNetwork.Outcome outcome = network.run(ask);
            tally.add(outcome);
            return outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Messages and bytes of query routing table exchange (RESET and PATCH) so far. */
    private static String qrp(SimNetwork network) {
        Map<String, Long> m = network.traffic().messages();
        Map<String, Long> b = network.traffic().bytes();
        long messages = m.getOrDefault("QrpReset", 0L) + m.getOrDefault("QrpPatch", 0L);
        long bytes = b.getOrDefault("QrpReset", 0L) + b.getOrDefault("QrpPatch", 0L);
        return String.format("%d messages, %.1f KiB", messages, bytes / 1024.0);
    }

    private static void print(List<Tally> tallies) {
        System.out.println();
        System.out.println("| mode | file | query msgs/query | hit msgs/query | all msgs/query | results/query | query msgs/result"
                + " | found | dynamic querying (UPs sent to; stop reason × queries) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---|");
        for (Tally t : tallies) {
            System.out.printf("| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %s | %s |%n", t.mode, t.kind, t.queriesPerQuery(),
                    t.hitsPerQuery(), t.messagesPerQuery(), t.resultsPerQuery(), t.queriesPerResult(), t.foundRate(),
                    t.dynamicQuerying());
        }
        Tally flood = find(tallies, RoutingMode.FLOOD.label, "popular");
        Tally qrp = find(tallies, RoutingMode.QRP_DQ.label, "popular");
        if (flood != null && qrp != null) {
            System.out.printf("%npopular files, flood / qrp+dq: %.1f× query messages, %.1f× all messages, %.1f× query messages"
                    + " per result; results %.1f vs %.1f (target: >= 10× fewer messages for the same results)%n",
                    flood.queriesPerQuery() / qrp.queriesPerQuery(), flood.messagesPerQuery() / qrp.messagesPerQuery(),
                    flood.queriesPerResult() / qrp.queriesPerResult(), flood.resultsPerQuery(), qrp.resultsPerQuery());
        }
    }

    private static Tally find(List<Tally> tallies, String mode, String kind) {
        return tallies.stream().filter(t -> t.mode.equals(mode) && t.kind.equals(kind)).findFirst().orElse(null);
    }
}
