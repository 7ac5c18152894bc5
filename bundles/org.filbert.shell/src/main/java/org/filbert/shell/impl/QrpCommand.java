package org.filbert.shell.impl;

import java.util.List;
import java.util.Locale;

import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Table;
import org.filbert.qrp.api.QueryRoutes;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code filbert:qrp}: the query routing tables: ours, the merged one an ultrapeer sends,
 * and each peer's, with size and fill ratio. Says so while query routing is not running.
 * Thread-safe.
 */
@Component(service = QrpCommand.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE, "osgi.command.function=qrp",
        CommandHelp.USAGE + "=qrp",
        CommandHelp.SUMMARY + "=Query routing tables: ours, the merged one, each peer's (slots, entries present, fill)."})
public final class QrpCommand {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile QueryRoutes routes;

    public Table qrp(String... args) {
        Arguments.atMost(args, 0, "qrp");
        QueryRoutes r = routes;
        if (r == null) {
            throw new IllegalStateException("query routing is not running");
        }
        return new Table(List.of("TABLE", "SLOTS", "PRESENT", "FILL"), r.tables().stream()
                .map(t -> List.of(t.name(), Integer.toString(t.slots()), Integer.toString(t.present()),
                        String.format(Locale.ROOT, "%.2f%%", t.fill() * 100)))
                .toList());
    }
}
