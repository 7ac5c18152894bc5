package org.filbert.shell.impl;

import org.filbert.api.shell.CommandHelp;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code filbert:stop}: shuts the node down cleanly (the framework stops every bundle,
 * each closes its sockets and flushes its state; the process exits with status 0).
 * Felix stops the system bundle on a thread of its own, so the answer reaches the
 * client first. Thread-safe.
 */
@Component(service = StopCommand.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE, "osgi.command.function=stop",
        CommandHelp.USAGE + "=stop", CommandHelp.SUMMARY + "=Stop the node cleanly."})
public final class StopCommand {

    private final BundleContext context;

    @Activate
    public StopCommand(BundleContext context) {
        this.context = context;
    }

    public String stop(String... args) throws BundleException {
        Arguments.atMost(args, 0, "stop");
        context.getBundle(0).stop();
        return "stopping the node";
    }
}
