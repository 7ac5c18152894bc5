package org.filbert.bench.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One round of queries and what it cost: queries sent, window stalls, CPU samples at its start
 * and at the last moment copies were still arriving, the copies the leaves and ultrapeers
 * received, and the change in the node's {@code stats} rows for queries. Immutable record;
 * {@link #run} drives a round on the tool's main thread.
 */
record QueryPhase(long queries, long stalls, CpuSample start, CpuSample end, long leafCopies, long ultrapeerCopies,
        Map<String, Long> nodeStats) {

    private static final long SETTLE_NANOS = TimeUnit.SECONDS.toNanos(3);

    /**
     * Sends {@code count} queries and waits until every copy the node should send
     * ({@code copiesPerQuery} each) has reached the clients, or none has for
     * {@link #SETTLE_NANOS}; that quiet wait is not counted.
     */
    static QueryPhase run(QuerySender sender, long count, long copiesPerQuery, LoadClients clients, NodeProcess node,
            ProcessProbe nodeProbe, ProcessProbe toolProbe) throws InterruptedException {
        Map<String, Long> statsBefore = NodeReport.stats(node.exec("stats"), "query");
        long sentBefore = sender.sent();
        long stallsBefore = sender.stalls();
        long leavesBefore = clients.leaves().queries();
        long ultrapeersBefore = clients.ultrapeers().queries();
        CpuSample start = CpuSample.take(nodeProbe, toolProbe);
        sender.send(count, new ProgressLine(sender, clients, nodeProbe, toolProbe, start));
        CpuSample end = awaitCopies(clients, nodeProbe, toolProbe,
                leavesBefore + ultrapeersBefore + (sender.sent() - sentBefore) * copiesPerQuery);
        Map<String, Long> stats = new TreeMap<>(NodeReport.stats(node.exec("stats"), "query"));
        stats.replaceAll((what, n) -> n - statsBefore.getOrDefault(what, 0L));
        return new QueryPhase(sender.sent() - sentBefore, sender.stalls() - stallsBefore, start, end,
                clients.leaves().queries() - leavesBefore, clients.ultrapeers().queries() - ultrapeersBefore, stats);
    }

    private static CpuSample awaitCopies(LoadClients clients, ProcessProbe node, ProcessProbe tool, long expected)
            throws InterruptedException {
        long seen = -1;
        CpuSample last = CpuSample.take(node, tool);
        while (true) {
            long now = clients.leaves().queries() + clients.ultrapeers().queries();
            if (now != seen) {
                seen = now;
                last = CpuSample.take(node, tool);
            }
            if (now >= expected || System.nanoTime() - last.nanos() > SETTLE_NANOS) {
                return last;
            }
            Thread.sleep(20);
        }
    }

    double wallSeconds() {
        return end.seconds(start);
    }

    double nodeCpu() {
        return end.nodeCpu() - start.nodeCpu();
    }

    double nodeSystem() {
        return end.nodeSystem() - start.nodeSystem();
    }

    double toolCpu() {
        return end.toolCpu() - start.toolCpu();
    }
}
