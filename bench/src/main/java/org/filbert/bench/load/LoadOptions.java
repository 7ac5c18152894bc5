package org.filbert.bench.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The load tool's command line: sizes, pacing, where the distribution is, and what to keep.
 * Immutable record; {@link #parse} checks every value.
 *
 * @param leaves leaf connections to hold
 * @param ultrapeers ultrapeer connections to hold; queries are sent on these
 * @param queries queries to route and measure
 * @param warmup queries routed before the measured ones, so that the node's code is compiled
 * @param rate queries per second, or 0 to send as fast as {@code window} allows
 * @param window most queries sent and not yet seen by the leaves on average (0: no window)
 * @param ttl the TTL of each query (hops 0)
 * @param deflate whether the clients negotiate deflate in both directions
 * @param matchingPercent the share of leaves whose query routing table matches every query
 * @param port the node's port, or 0 for a free one picked before start
 * @param dist the distribution folder ({@code launcher/target/filbert})
 * @param data the node's data directory, or null for a temporary one
 * @param keep whether to keep the temporary data directory afterwards
 * @param clientThreads the tool's Netty event loop threads
 * @param nice niceness the tool gives its own threads (0: leave it), so the node gets the CPU
 * @param nodeJavaOpts extra JVM options for the node
 * @param transport extra {@code key=value} lines for the node's transport configuration
 * @param histogram whether to print the node's heap histogram growth per connection
 */
record LoadOptions(int leaves, int ultrapeers, long queries, long warmup, int rate, int window, int ttl, boolean deflate, int matchingPercent, int port,
        Path dist, Path data, boolean keep, int clientThreads, int nice, List<String> nodeJavaOpts,
        List<String> transport, boolean histogram) {

    static final String USAGE = """
            usage: java -cp bench/target/benchmarks.jar org.filbert.bench.load.UltrapeerLoad [options]
              --leaves N           leaf connections (default 1000)
              --ultrapeers N       ultrapeer connections; queries are sent on these (default 30, at least 1)
              --queries N          queries to route and measure (default 100000)
              --warmup N           queries routed first, not measured (default 5000)
              --rate N             queries per second; 0 sends as fast as --window allows (default 0)
              --window N           most queries sent but not yet seen by the leaves (default 1000; 0 for none)
              --ttl N              query TTL, 1-7 (default 3)
              --deflate            negotiate deflate both ways (default: uncompressed)
              --matching PERCENT   leaves whose query routing table matches every query (default 100)
              --port N             the node's port (default: a free port)
              --dist DIR           the distribution (default launcher/target/filbert)
              --data DIR           the node's data directory, kept afterwards (default: a temporary one)
              --keep               keep the temporary data directory (the node's logs) afterwards
              --client-threads N   the tool's event loop threads (default 1)
              --nice N             niceness of the tool's own threads, 0-19 (default 10)
              --node-java-opt OPT  a JVM option for the node (repeatable), e.g. -Xmx512m
              --transport K=V      a line for the node's org.filbert.transport.cfg (repeatable)
              --histogram          print the heap histogram classes that grew most with the connections
            """;

    static LoadOptions parse(String... args) {
        int leaves = 1000;
        int ultrapeers = 30;
        long queries = 100_000;
        long warmup = 5_000;
        int rate = 0;
        int window = 1000;
        int ttl = 3;
        boolean deflate = false;
        int matchingPercent = 100;
        int port = 0;
        Path dist = Path.of("launcher", "target", "filbert");
        Path data = null;
        boolean keep = false;
        int clientThreads = 1;
        int nice = 10;
        List<String> nodeJavaOpts = new ArrayList<>();
        List<String> transport = new ArrayList<>();
        boolean histogram = false;
        List<String> in = new ArrayList<>(Arrays.asList(args));
        while (!in.isEmpty()) {
            String flag = in.remove(0);
            switch (flag) {
                case "--leaves" -> leaves = (int) number(in, flag, 0, 60_000);
                case "--ultrapeers" -> ultrapeers = (int) number(in, flag, 1, 10_000);
                case "--queries" -> queries = number(in, flag, 1, Long.MAX_VALUE);
                case "--warmup" -> warmup = number(in, flag, 0, Long.MAX_VALUE);
                case "--rate" -> rate = (int) number(in, flag, 0, 10_000_000);
                case "--window" -> window = (int) number(in, flag, 0, 100_000_000);
                case "--ttl" -> ttl = (int) number(in, flag, 1, 7);
                case "--deflate" -> deflate = true;
                case "--matching" -> matchingPercent = (int) number(in, flag, 0, 100);
                case "--port" -> port = (int) number(in, flag, 0, 65_535);
                case "--dist" -> dist = Path.of(value(in, flag));
                case "--data" -> data = Path.of(value(in, flag));
                case "--keep" -> keep = true;
                case "--client-threads" -> clientThreads = (int) number(in, flag, 1, 64);
                case "--nice" -> nice = (int) number(in, flag, 0, 19);
                case "--node-java-opt" -> nodeJavaOpts.add(value(in, flag));
                case "--transport" -> transport.add(keyValue(value(in, flag)));
                case "--histogram" -> histogram = true;
                default -> throw new IllegalArgumentException("unknown option '" + flag + "'\n" + USAGE);
            }
        }
        return new LoadOptions(leaves, ultrapeers, queries, warmup, rate, window, ttl, deflate, matchingPercent, port,
                dist.toAbsolutePath().normalize(), data == null ? null : data.toAbsolutePath().normalize(), keep,
                clientThreads, nice, List.copyOf(nodeJavaOpts), List.copyOf(transport), histogram);
    }

    private static String value(List<String> in, String flag) {
        if (in.isEmpty()) {
            throw new IllegalArgumentException(flag + " needs a value\n" + USAGE);
        }
        return in.remove(0);
    }

    private static long number(List<String> in, String flag, long min, long max) {
        String text = value(in, flag);
        try {
            long n = Long.parseLong(text.replace("_", "").replace(",", ""));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(flag + " needs a number from " + min + " to " + max + ", not '" + text + "'");
    }

    private static String keyValue(String text) {
        if (!text.matches("[A-Za-z][A-Za-z0-9]*=.*")) {
            throw new IllegalArgumentException("--transport needs KEY=VALUE, e.g. ioThreads=2, not '" + text + "'");
        }
        return text;
    }
}
