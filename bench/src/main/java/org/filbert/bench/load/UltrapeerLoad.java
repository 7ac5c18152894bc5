package org.filbert.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.netty.channel.Channel;

/**
 * The ultrapeer load tool: starts the packaged node as an ultrapeer in its own process, opens
 * leaf and ultrapeer connections to it over 127.0.0.1, measures its heap and RSS per
 * connection, sends queries on the ultrapeer links for the node to route to its other
 * ultrapeers and all its leaves, and reports the node's CPU seconds per 100,000 routed
 * queries, the copies it sent, and what it dropped. See bench/README.md. Runs on the main
 * thread; not thread-safe.
 */
public final class UltrapeerLoad {

    private static final PrintStream OUT = System.out;
    /** Time the node gets after it listens to start its other bundles and settle. */
    private static final long START_SETTLE_MILLIS = 3000;
    /** Time after the connections are up and before the heap is measured. */
    private static final long CONNECTED_SETTLE_MILLIS = 2000;
    /** Length of the idle CPU measurement with every connection up. */
    private static final int IDLE_SECONDS = 5;
    private static final int HISTOGRAM_ROWS = 12;

    private final LoadOptions options;

    private UltrapeerLoad(LoadOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            OUT.print(LoadOptions.USAGE);
            return;
        }
        LoadOptions options;
        try {
            options = LoadOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new UltrapeerLoad(options).run();
        System.exit(0);
    }

    private void run() throws IOException, InterruptedException {
        boolean temporary = options.data() == null;
        Path data = temporary ? Files.createTempDirectory("filbert-load-") : Files.createDirectories(options.data());
        int port = options.port() != 0 ? options.port() : freePort();
        double ticks = ProcessProbe.clockTicks();
        OUT.printf("node: %s, data %s, port %d%n", options.dist(), data, port);
        NodeProcess node = NodeProcess.start(options, data, port);
        try {
            niceSelf(options.nice());
            load(node, new ProcessProbe(node.pid(), ticks), new ProcessProbe(ProcessHandle.current().pid(), ticks));
        } finally {
            node.close();
            OUT.printf("node stopped, exit status %d%n", node.exitValue());
        }
        NodeLog log = NodeLog.read(data);
        OUT.printf("node log: %d warnings or errors%n", log.problems().size());
        log.problems().stream().limit(10).forEach(line -> OUT.println("  " + line));
        if (temporary && !options.keep()) {
            NodeProcess.delete(data);
        } else {
            OUT.println("data directory kept: " + data);
        }
    }

    private void load(NodeProcess node, ProcessProbe nodeProbe, ProcessProbe toolProbe) throws IOException, InterruptedException {
        Thread.sleep(START_SETTLE_MILLIS);
        Memory idle = Memory.of(nodeProbe);
        Map<String, Long> histogramBefore = options.histogram() ? nodeProbe.histogram() : Map.of();
        int connections = options.leaves() + options.ultrapeers();
        try (LoadClients clients = new LoadClients(options.clientThreads(),
                new InetSocketAddress("127.0.0.1", node.port()), options.deflate())) {
            long openStart = System.nanoTime();
            List<Channel> links = clients.open(options.ultrapeers(), true, 0);
            clients.open(options.leaves(), false, (int) ((long) options.leaves() * options.matchingPercent() / 100));
            double openSeconds = (System.nanoTime() - openStart) / 1e9;
            NodeReport.Peers held = NodeReport.peers(node.exec("status"));
            OUT.printf("connected: %d ultrapeers, %d leaves in %.1f s; the node reports %d ultrapeers, %d leaves%n",
                    links.size(), options.leaves(), openSeconds, held.ultrapeers(), held.leaves());
            Thread.sleep(CONNECTED_SETTLE_MILLIS);
            Memory connected = Memory.of(nodeProbe);
            if (options.histogram()) {
                printHistogramGrowth(histogramBefore, nodeProbe.histogram(), connections);
            }
            CpuSample idleStart = CpuSample.take(nodeProbe, toolProbe);
            Thread.sleep(IDLE_SECONDS * 1000L);
            CpuSample idleEnd = CpuSample.take(nodeProbe, toolProbe);
            double idleCores = (idleEnd.nodeCpu() - idleStart.nodeCpu()) / idleEnd.seconds(idleStart);

            QuerySender sender = new QuerySender(links, clients.leaves(), options.leaves(), options.rate(),
                    options.window(), options.ttl());
            long copiesPerQuery = options.leaves() + (options.ttl() >= 2 ? options.ultrapeers() - 1 : 0);
            if (options.warmup() > 0) {
                QueryPhase warmup = QueryPhase.run(sender, options.warmup(), copiesPerQuery, clients, node, nodeProbe, toolProbe);
                OUT.printf("warm-up: %,d queries in %.1f s, node CPU %.2f s%n", warmup.queries(), warmup.wallSeconds(),
                        warmup.nodeCpu());
            }
            QueryPhase measured = QueryPhase.run(sender, options.queries(), copiesPerQuery, clients, node, nodeProbe, toolProbe);

            Memory afterQueries = Memory.of(nodeProbe);
            long closedLeaves = clients.leaves().closed();
            long closedUltrapeers = clients.ultrapeers().closed();
            Map<String, NodeReport.RoleTotals> roles = NodeReport.roles(node.exec("peers"));
            NodeReport.Peers after = NodeReport.peers(node.exec("status"));
            long nodeDisconnects = NodeLog.read(node.data()).disconnects();

            double wall = measured.wallSeconds();
            long copies = measured.leafCopies() + measured.ultrapeerCopies();
            OUT.println();
            OUT.println("== ultrapeer load ==");
            line("connections", "%d leaves + %d ultrapeers = %d (deflate %s)", options.leaves(), options.ultrapeers(),
                    connections, options.deflate() ? "on" : "off");
            line("queries measured", "%,d after %,d warm-up (TTL %d, %s, %d stalls)", measured.queries(), options.warmup(),
                    options.ttl(), pacing(), measured.stalls());
            line("query phase", "%.1f s wall, %,.0f queries/s, %,.0f copies/s", wall, measured.queries() / wall, copies / wall);
            line("node CPU", "%.2f s (%.2f cores; %.2f s of it system); idle before: %.3f cores", measured.nodeCpu(),
                    measured.nodeCpu() / wall, measured.nodeSystem(), idleCores);
            line("node CPU per 100k queries", "%.2f s", measured.nodeCpu() / measured.queries() * 100_000);
            line("node CPU per copy sent", "%.2f us", measured.nodeCpu() / Math.max(1, copies) * 1e6);
            line("tool CPU", "%.2f s (%.2f cores; nice %d)", measured.toolCpu(), measured.toolCpu() / wall, options.nice());
            line("copies at leaves", "%,d of %,d", measured.leafCopies(), measured.queries() * options.leaves());
            line("copies at ultrapeers", "%,d of %,d", measured.ultrapeerCopies(),
                    measured.queries() * (copiesPerQuery - options.leaves()));
            line("copies per query", "%.2f (expected %d)", copies / (double) measured.queries(), copiesPerQuery);
            line("node stats, query", "%s", measured.nodeStats());
            roles.forEach((role, t) -> line("node peers, " + role, "%d connections, %,d msgs in, %,d out, %,d dropped",
                    t.connections(), t.messagesIn(), t.messagesOut(), t.dropped()));
            line("connections after", "node holds %d ultrapeers, %d leaves; closed during the run: %d leaves, "
                    + "%d ultrapeers (node logged %d disconnects)", after.ultrapeers(), after.leaves(), closedLeaves,
                    closedUltrapeers, nodeDisconnects);
            line("Byes from the node", "%d to leaves, %d to ultrapeers%s", clients.leaves().byes(), clients.ultrapeers().byes(),
                    lastBye(clients));
            line("pings answered", "%d by leaves, %d by ultrapeers; other messages received: %d, %d",
                    clients.leaves().pingsAnswered(), clients.ultrapeers().pingsAnswered(),
                    clients.leaves().otherMessages(), clients.ultrapeers().otherMessages());
            line("heap after GC", "%s idle, %s connected, %s after the queries", mib(idle.heapBytes()),
                    mib(connected.heapBytes()), mib(afterQueries.heapBytes()));
            line("RSS", "%s idle, %s connected, %s after the queries", mib(idle.rssBytes()), mib(connected.rssBytes()),
                    mib(afterQueries.rssBytes()));
            Memory perConnection = connected.perConnection(idle, connections);
            line("per connection", "%,d bytes heap, %,d bytes RSS", perConnection.heapBytes(), perConnection.rssBytes());
            OUT.println();
        }
    }

    private static String lastBye(LoadClients clients) {
        String last = clients.leaves().lastBye().isEmpty() ? clients.ultrapeers().lastBye() : clients.leaves().lastBye();
        return last.isEmpty() ? "" : " (last: " + last + ")";
    }

    private String pacing() {
        String how = options.rate() > 0 ? options.rate() + "/s" : "as fast as the window allows";
        return how + (options.window() > 0 ? ", window " + options.window() : "");
    }

    private static void printHistogramGrowth(Map<String, Long> before, Map<String, Long> after, int connections) {
        OUT.printf("heap growth per connection by class (top %d):%n", HISTOGRAM_ROWS);
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(HISTOGRAM_ROWS)
                .forEach(e -> OUT.printf("  %,10d  %s%n", e.getValue() / Math.max(1, connections), e.getKey()));
    }

    private static void line(String what, String format, Object... args) {
        OUT.printf("%-28s %s%n", what + ":", String.format(format, args));
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Lowers the priority of every thread of this JVM (threads started later inherit it), so
     * that on a small machine the node gets the CPU first. The node, started before, keeps its own.
     */
    private static void niceSelf(int nice) throws IOException {
        if (nice == 0) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("renice", "-n", Integer.toString(nice), "-p"));
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(t -> command.add(t.getFileName().toString()));
        }
        Commands.run(command, 10);
    }
}
