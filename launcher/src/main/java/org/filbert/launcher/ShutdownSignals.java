package org.filbert.launcher;

import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a clean framework stop, so that every bundle closes its
 * sockets and flushes its state and the process exits with status 0 (a plain JVM exits
 * 143/130 on those signals). In the interactive shell JLine takes Ctrl-C itself.
 * Stateless.
 */
final class ShutdownSignals {

    private ShutdownSignals() {
    }

    static void stopOn(Framework framework) {
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                try {
                    framework.stop();
                } catch (BundleException e) {
                    Runtime.getRuntime().halt(1);
                }
            });
        }
    }
}
