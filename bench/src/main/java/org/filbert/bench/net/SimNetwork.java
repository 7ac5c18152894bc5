package org.filbert.bench.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.filbert.api.network.PeerRole;
import org.filbert.dq.api.DynamicQueries.Progress;
import org.filbert.wire.Guid;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;

/**
 * A whole network for one mode, built from a {@link Topology}: its nodes, their links and
 * event loops, and the {@link Traffic} over the links. Runs one query at a time and waits
 * until the network is quiet. Not thread-safe: driven by the bench's main thread.
 */
final class SimNetwork implements AutoCloseable {

    /** What one query cost and brought. */
    record Outcome(long queries, long hits, long results, Optional<Progress> dq) {
        boolean found() {
            return results > 0;
        }
    }

    private final Topology topology;
    private final Options options;
    private final EventLoops loops;
    private final Traffic traffic = new Traffic();
    private final List<SimNode> ultrapeers = new ArrayList<>();
    private final List<SimNode> leaves = new ArrayList<>();

    SimNetwork(Topology topology, RoutingMode mode, Options options) {
        this.topology = topology;
        this.options = options;
        this.loops = new EventLoops(options.threads());
        for (int u = 0; u < topology.ultrapeers; u++) {
            ultrapeers.add(new SimNode("ultrapeer " + u, PeerRole.ULTRAPEER, topology.degree(u),
                    List.of(), mode, options, loops.newLoop(), traffic));
        }
        for (int l = 0; l < topology.shares.size(); l++) {
            leaves.add(new SimNode("leaf " + l, PeerRole.LEAF, 1, List.copyOf(topology.shares.get(l)), mode, options, loops.newLoop(),
                    traffic));
        }
        for (int a = 0; a < topology.ultrapeers; a++) {
            for (int b : topology.links.get(a)) {
                if (a < b) {
                    Link.connect(ultrapeers.get(a), ultrapeers.get(b), traffic);
                }
            }
        }
        for (int l = 0; l < leaves.size(); l++) {
            Link.connect(leaves.get(l), ultrapeers.get(topology.ultrapeerOf(l)), traffic);
        }
        loops.start();
    }

    Traffic traffic() {
        return traffic;
    }

    long failures() {
        return loops.failures();
    }

    /**
     * Waits until every ultrapeer holds a table from each of its connections, its copy of each
     * neighbour's merged table is the neighbour's current one, and no merged table changed over
     * a refresh interval. Returns the milliseconds it took.
     */
    long awaitTables(int refreshSeconds) throws InterruptedException {
        long start = System.nanoTime();
        List<Integer> previous = List.of();
        while (true) {
            List<Integer> merged = ultrapeers.stream().map(u -> u.present("merged")).toList();
            if (tablesInPlace() && merged.equals(previous)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            previous = tablesInPlace() ? merged : List.of();
            if (System.nanoTime() - start > 180_000_000_000L) {
                throw new IllegalStateException("query routing tables did not settle in 180 s");
            }
            Thread.sleep(refreshSeconds * 1500L);
        }
    }

    private boolean tablesInPlace() {
        for (SimNode u : ultrapeers) {
            for (Link link : u.links()) {
                int held = u.present("peer " + link.id());
                if (held < 0 || link.role() == PeerRole.ULTRAPEER && held != link.remote().present("merged")) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Sends one query from a leaf and waits until no message is in flight and no dynamic query runs. */
    Outcome run(Topology.Ask ask) throws InterruptedException {
        Guid guid = Guid.random();
        SimNode asker = leaves.get(ask.askerLeaf());
        Query query = new Query(new Routing(guid, options.ttl(), 0), Query.FLAG_NEW_SEMANTICS, ask.text(), ExtensionBlock.EMPTY);
        asker.loop().execute(() -> asker.router().query(query));
        awaitQuiet();
        Traffic.PerQuery q = traffic.of(guid);
        return new Outcome(q.queries.sum(), q.hits.sum(), q.deliveredResults.sum(),
                ultrapeers.get(topology.ultrapeerOf(ask.askerLeaf())).dynamicQuery(guid));
    }

    /** Quiet twice in a row, 50 ms apart: nothing pending on any loop and no dynamic query running. */
    private void awaitQuiet() throws InterruptedException {
        BooleanSupplier quiet = () -> loops.pending() == 0 && ultrapeers.stream().noneMatch(SimNode::querying);
        long deadline = System.nanoTime() + 300_000_000_000L;
        int quietChecks = 0;
        while (quietChecks < 2) {
            Thread.sleep(50);
            quietChecks = quiet.getAsBoolean() ? quietChecks + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the network did not go quiet in 300 s");
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        ultrapeers.forEach(SimNode::stop);
        leaves.forEach(SimNode::stop);
        loops.close();
    }
}
