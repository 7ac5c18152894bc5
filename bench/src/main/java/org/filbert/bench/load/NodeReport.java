package org.filbert.bench.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the node's shell says about it, parsed from {@code exec} output: connection counts from
 * {@code status}, the query rows of {@code stats}, and per-role totals of the {@code peers}
 * table (right-aligned columns: messages in and out, drops). Stateless.
 */
final class NodeReport {

    private static final Pattern PEERS = Pattern.compile("peers: (\\d+) \\((\\d+) ultrapeers, (\\d+) leaves\\)");

    /** Connections the node holds, by role. */
    record Peers(int ultrapeers, int leaves) {
    }

    /** One role's connections in the {@code peers} table: how many, messages in/out, drops. */
    record RoleTotals(int connections, long messagesIn, long messagesOut, long dropped) {
        RoleTotals plus(long in, long out, long drop) {
            return new RoleTotals(connections + 1, messagesIn + in, messagesOut + out, dropped + drop);
        }
    }

    private NodeReport() {
    }

    static Peers peers(String status) {
        Matcher m = PEERS.matcher(status);
        if (!m.find()) {
            throw new IllegalStateException("no peer count in status: " + status.strip());
        }
        return new Peers(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** The {@code stats} rows of one message type: what (received, forwarded, dropped ...) to count. */
    static Map<String, Long> stats(String stats, String type) {
        Map<String, Long> rows = new TreeMap<>();
        for (String line : stats.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && f[0].equals(type) && f[f.length - 1].matches("\\d+")) {
                rows.put(String.join(" ", Arrays.copyOfRange(f, 1, f.length - 1)), Long.parseLong(f[f.length - 1]));
            }
        }
        return rows;
    }

    /** Totals of the {@code peers} table by role ("leaf", "ultrapeer"). */
    static Map<String, RoleTotals> roles(String peers) {
        Map<String, RoleTotals> byRole = new TreeMap<>();
        for (String line : peers.split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 9 || !f[0].matches("\\d+")) {
                continue;
            }
            int n = f.length;
            byRole.merge(f[2], new RoleTotals(1, Long.parseLong(f[n - 4]), Long.parseLong(f[n - 3]), Long.parseLong(f[n - 1])),
                    (a, b) -> a.plus(b.messagesIn(), b.messagesOut(), b.dropped()));
        }
        return byRole;
    }
}
