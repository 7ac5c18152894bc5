package org.filbert.bench.net;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bench's command line: {@code --name value} pairs, each with a default. Immutable.
 *
 * @param ultrapeers ultrapeers in the network
 * @param leaves leaves per ultrapeer
 * @param degree ultrapeer links each ultrapeer aims at
 * @param files ordinary files each leaf shares
 * @param popularShare fraction of leaves sharing the popular file
 * @param queries queries per kind (popular, rare) and mode
 * @param ttl TTL of the queries leaves send
 * @param target DQ target results for a leaf's query (the queries start at leaves)
 * @param probe ultrapeers DQ's TTL-1 probe goes to
 * @param millisPerHop DQ wait per hop of TTL
 * @param threads threads running the nodes' event loops
 * @param seed seed of the topology, the files and who asks
 * @param modes the modes to measure
 */
record Options(int ultrapeers, int leaves, int degree, int files, double popularShare, int queries, int ttl, int target,
        int probe, int millisPerHop, int threads, long seed, List<RoutingMode> modes) {

    static final String USAGE = "usage: QueryNetworkBench [--ultrapeers 50] [--leaves 20] [--degree 8] [--files 3]"
            + " [--popular 0.3] [--queries 20] [--ttl 4] [--target 50] [--probe 3] [--ms-per-hop 200] [--threads 2]"
            + " [--seed 1] [--modes flood,qrp+dq]";

    static Options parse(String... args) {
        Map<String, String> v = new HashMap<>(Map.of("ultrapeers", "50", "leaves", "20", "degree", "8", "files", "3",
                "popular", "0.3", "queries", "20", "ttl", "4", "target", "50", "probe", "3", "ms-per-hop", "200"));
        v.putAll(Map.of("threads", "2", "seed", "1", "modes", "flood,qrp+dq"));
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (!v.containsKey(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown or incomplete option '" + args[i] + "'; " + USAGE);
            }
            v.put(name, args[++i]);
        }
        List<RoutingMode> modes = java.util.Arrays.stream(v.get("modes").split(",")).map(RoutingMode::of).toList();
        Options o = new Options(Integer.parseInt(v.get("ultrapeers")), Integer.parseInt(v.get("leaves")),
                Integer.parseInt(v.get("degree")), Integer.parseInt(v.get("files")), Double.parseDouble(v.get("popular")),
                Integer.parseInt(v.get("queries")), Integer.parseInt(v.get("ttl")), Integer.parseInt(v.get("target")),
                Integer.parseInt(v.get("probe")), Integer.parseInt(v.get("ms-per-hop")), Integer.parseInt(v.get("threads")),
                Long.parseLong(v.get("seed")), modes);
        if (o.ultrapeers < 2 || o.leaves < 2 || o.degree < 2 || o.queries < 1 || o.ttl < 1 || o.ttl > Link.MAX_TTL
                || o.popularShare <= 0 || o.popularShare > 1 || o.threads < 1) {
            throw new IllegalArgumentException("need ultrapeers, leaves, degree >= 2, queries, threads >= 1, 1 <= ttl <= "
                    + Link.MAX_TTL + ", 0 < popular <= 1; " + USAGE);
        }
        return o;
    }
}
