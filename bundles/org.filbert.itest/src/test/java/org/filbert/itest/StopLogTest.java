package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.NetworkStatus;
import org.filbert.qrp.api.QueryRoutes;
import org.filbert.routing.api.RoutingStatus;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.osgi.service.log.LoggerFactory;

/**
 * Stopping the node's bundles the way a shutdown does (the last installed first), then
 * starting them again, logs no ERROR. DS deactivates a component before it unbinds the
 * component's dynamic references, and takes a component down when a bundle it needs
 * stops: what a component releases in its deactivate method must not be needed by its
 * unbind methods. The node bundle stays: it holds the launch flags (port 0 on 127.0.0.1)
 * the restarted bundles must see.
 */
class StopLogTest {

    @Test
    void stoppingAndStartingTheNodesBundlesLogsNoError() throws Exception {
        Osgi.service(NetworkStatus.class);
        Osgi.until(() -> Osgi.registered(QueryRoutes.class) && Osgi.registered(RoutingStatus.class), "the node running");
        List<LogEntry> errors = new CopyOnWriteArrayList<>();
        List<String> warnings = new CopyOnWriteArrayList<>();
        LogListener listener = entry -> {
            if (entry.getLogLevel() == LogLevel.ERROR) {
                errors.add(entry);
            } else if (entry.getLogLevel() == LogLevel.WARN) {
                warnings.add(entry.getMessage());
            }
        };
        LogReaderService reader = Osgi.service(LogReaderService.class);
        reader.addLogListener(listener);
        try {
            List<Bundle> ours = new ArrayList<>(Arrays.stream(Osgi.context().getBundles())
                    .filter(b -> b.getSymbolicName().startsWith("org.filbert.") && !b.getSymbolicName().equals("org.filbert.node"))
                    .filter(b -> b.getBundleId() != Osgi.context().getBundle().getBundleId())
                    .sorted(Comparator.comparingLong(Bundle::getBundleId)).toList());
            Collections.reverse(ours);
            for (Bundle b : ours) {
                b.stop();
            }
            Collections.reverse(ours);
            for (Bundle b : ours) {
                b.start();
            }
            Osgi.until(() -> Osgi.registered(NetworkStatus.class) && Osgi.registered(QueryRoutes.class)
                    && Osgi.registered(RoutingStatus.class), "the node back");
            Osgi.settled(NetworkStatus.class);

            // log entries reach listeners in order: once this one is seen, every earlier one was
            String marker = "stop test done " + UUID.randomUUID();
            Osgi.service(LoggerFactory.class).getLogger(StopLogTest.class).warn(marker);
            Osgi.until(() -> warnings.contains(marker), "the log to deliver its entries");
        } finally {
            reader.removeLogListener(listener);
        }
        assertThat(errors).extracting(StopLogTest::describe).isEmpty();
    }

    private static String describe(LogEntry e) {
        return e.getBundle().getSymbolicName() + ": " + e.getMessage() + (e.getException() == null ? "" : " " + e.getException());
    }
}
