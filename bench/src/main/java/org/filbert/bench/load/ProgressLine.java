package org.filbert.bench.load;

/**
 * Prints one line on standard error each time it runs during the query phase: queries sent,
 * copies the leaves and ultrapeers received, and the node's and tool's CPU use (in cores) since
 * the last line. Not thread-safe: run by the sending thread.
 */
final class ProgressLine implements Runnable {

    private final QuerySender sender;
    private final LoadClients clients;
    private final ProcessProbe node;
    private final ProcessProbe tool;
    private CpuSample last;

    ProgressLine(QuerySender sender, LoadClients clients, ProcessProbe node, ProcessProbe tool, CpuSample start) {
        this.sender = sender;
        this.clients = clients;
        this.node = node;
        this.tool = tool;
        this.last = start;
    }

    @Override
    public void run() {
        CpuSample now = CpuSample.take(node, tool);
        double seconds = now.seconds(last);
        System.err.printf("  sent %,d queries; leaves got %,d copies, ultrapeers %,d; node %.2f cores, tool %.2f cores%n",
                sender.sent(), clients.leaves().queries(), clients.ultrapeers().queries(),
                (now.nodeCpu() - last.nodeCpu()) / seconds, (now.toolCpu() - last.toolCpu()) / seconds);
        last = now;
    }
}
