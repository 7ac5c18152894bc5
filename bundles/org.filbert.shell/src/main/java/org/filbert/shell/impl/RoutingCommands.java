package org.filbert.shell.impl;

import java.util.ArrayList;
import java.util.List;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Report;
import org.filbert.api.shell.Table;
import org.filbert.routing.api.RoutingStatus;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code filbert:routing [use NAME]} and {@code filbert:stats}: the routing strategies
 * installed and in use, switching between them while the node runs, route table sizes,
 * and what routing did with each message type, followed by what the transport dropped
 * (malformed, queue full by lane, hops flow, UDP). Thread-safe.
 */
@Component(service = RoutingCommands.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE, "osgi.command.function=routing", "osgi.command.function=stats",
        CommandHelp.USAGE + "=routing [use NAME]", CommandHelp.USAGE + "=stats",
        CommandHelp.SUMMARY + "=Show the routing strategies (installed, in use) and route tables, or switch strategy.",
        CommandHelp.SUMMARY + "=Messages by type: received, sent, forwarded, answered, delivered, dropped by reason."})
public final class RoutingCommands {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile RoutingStatus routing;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile NetworkStatus network;

    public Report routing(String... args) {
        RoutingStatus r = running();
        if (args.length == 2 && args[0].equals("use")) {
            r.use(args[1]);
        } else if (args.length != 0) {
            throw new IllegalArgumentException("usage: routing [use NAME]");
        }
        List<String> installed = r.strategies();
        Report.Builder report = Report.builder()
                .put("strategy", r.active() + (installed.contains(r.active()) ? "" : " (not installed: queries are not forwarded)"))
                .put("installed", installed.isEmpty() ? "none" : String.join(", ", installed));
        r.routeTableSizes().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(e -> report.put("routes " + e.getKey(), e.getValue()));
        return report.build();
    }

    public Table stats(String... args) {
        Arguments.atMost(args, 0, "stats");
        List<List<String>> rows = new ArrayList<>();
        running().counters().forEach((type, counts) -> counts.forEach((what, n) -> rows.add(List.of(type, what, Long.toString(n)))));
        NetworkStatus net = network;
        if (net != null) {
            net.drops().forEach((reason, n) -> rows.add(List.of("transport", "dropped " + reason, Long.toString(n))));
        }
        return new Table(List.of("TYPE", "WHAT", "COUNT"), rows);
    }

    private RoutingStatus running() {
        RoutingStatus r = routing;
        if (r == null) {
            throw new IllegalStateException("the routing core is not running");
        }
        return r;
    }
}
