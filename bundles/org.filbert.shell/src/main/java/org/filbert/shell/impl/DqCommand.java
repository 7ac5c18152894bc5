package org.filbert.shell.impl;

import java.util.List;

import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Table;
import org.filbert.dq.api.DynamicQueries;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code filbert:dq}: the dynamic queries running and recently finished: text, origin,
 * results against the target, ultrapeers queried, estimated horizon, time, state. Says so
 * while dynamic querying is not running. Thread-safe.
 */
@Component(service = DqCommand.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE, "osgi.command.function=dq",
        CommandHelp.USAGE + "=dq",
        CommandHelp.SUMMARY + "=Dynamic queries, running and recently finished: results, ultrapeers queried, horizon, state."})
public final class DqCommand {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DynamicQueries queries;

    public Table dq(String... args) {
        Arguments.atMost(args, 0, "dq");
        DynamicQueries q = queries;
        if (q == null) {
            throw new IllegalStateException("dynamic querying is not running");
        }
        return new Table(List.of("GUID", "TEXT", "FROM", "RESULTS", "UPS", "HORIZON", "TIME", "STATE"), q.queries().stream()
                .map(p -> List.of(p.guid().substring(0, 8), p.text(), p.origin(), p.results() + "/" + p.target(),
                        Integer.toString(p.ultrapeers()), Long.toString(p.horizon()), Durations.format(p.elapsed()), p.state()))
                .toList());
    }
}
