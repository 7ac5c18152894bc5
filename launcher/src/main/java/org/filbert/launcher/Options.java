package org.filbert.launcher;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code ./filbert} was asked to do, parsed and checked. Immutable.
 *
 * @param action run a node, run one command on a running node, open a shell on one, or print help
 * @param data the data directory
 * @param port TCP and UDP port, or null to keep the configured one
 * @param mode leaf, ultrapeer or auto, or null to keep the configured one
 * @param shares folders to share (repeatable flag)
 * @param connects peers to connect to, as HOST:PORT (repeatable flag)
 * @param headless run without an interactive shell until stopped
 * @param consolePort the console's port on 127.0.0.1, or null for the configured one (a node) or
 *        the one the running node published (a client)
 * @param logLevel console log level, or null for the default
 * @param command for {@code exec}: the command
 */
record Options(Action action, Path data, Integer port, String mode, List<Path> shares, List<String> connects,
        boolean headless, Integer consolePort, String logLevel, String command) {

    /** What the launcher does. */
    enum Action {
        RUN, EXEC, SHELL, HELP
    }

    Options {
        shares = List.copyOf(shares);
        connects = List.copyOf(connects);
    }
}
