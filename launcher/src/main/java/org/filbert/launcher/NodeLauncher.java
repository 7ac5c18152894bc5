package org.filbert.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.filbert.api.console.ConsoleFrame;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Runs a node: takes the data directory's lock, boots Felix with every bundle of the
 * distribution's {@code bundle/} folder, stops the framework on SIGINT/SIGTERM, and either
 * runs the interactive shell until the user leaves or waits until something stops the
 * node. Returns the process's exit status. Not thread-safe; used once by {@link Main}.
 */
final class NodeLauncher {

    /** Started before the rest, so configuration and logging exist when components activate. */
    private static final List<String> FIRST = List.of("org.apache.felix.log", "org.apache.felix.configadmin");

    private final Options options;
    private final Path bundles;
    private final PrintStream err;

    NodeLauncher(Options options, Path dist, PrintStream err) {
        this.options = options;
        this.bundles = dist.resolve("bundle");
        this.err = err;
    }

    int run() throws Exception {
        Path data = options.data();
        for (String dir : List.of("deploy", "conf", "logs")) {
            Files.createDirectories(data.resolve(dir));
        }
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(data)) {
            Files.deleteIfExists(data.resolve(ConsoleFrame.PORT_FILE));
            Files.deleteIfExists(data.resolve(ConsoleFrame.TOKEN_FILE));
            Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next()
                    .newFramework(FrameworkProperties.of(options));
            framework.init();
            framework.getBundleContext().addFrameworkListener(this::report);
            install(framework.getBundleContext());
            ShutdownSignals.stopOn(framework);
            framework.start();
            if (!options.headless()) {
                ConsoleRepl repl = new ConsoleRepl(new ConsoleClient(data, options.consolePort()), data);
                Thread watcher = new Thread(() -> {
                    try {
                        framework.waitForStop(0);
                        if (repl.nodeStopped()) {
                            System.exit(0);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "filbert-stop-watcher");
                watcher.setDaemon(true);
                watcher.start();
                repl.run();
                framework.stop();
            }
            FrameworkEvent end = framework.waitForStop(0);
            return end.getType() == FrameworkEvent.ERROR ? 1 : 0;
        }
    }

    private void install(BundleContext context) throws IOException, BundleException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(bundles)) {
            jars = new ArrayList<>(files.filter(p -> p.toString().endsWith(".jar")).toList());
        }
        if (jars.isEmpty()) {
            throw new IOException("no bundles in " + bundles + "; build with: mvn -DskipTests package");
        }
        jars.sort(Comparator.comparing((Path p) -> FIRST.stream().noneMatch(p.getFileName().toString()::startsWith))
                .thenComparing(Path::getFileName));
        for (Path jar : jars) {
            // by reference: Felix reads the distribution's jar in place instead of copying it into
            // the cache (which is cleared at each start); an update from deploy/ gets its own copy
            Bundle bundle = context.installBundle("reference:" + jar.toUri());
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
    }

    private void report(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.ERROR) {
            Throwable t = event.getThrowable();
            String cause = t == null ? "" : ": " + (t.getCause() != null ? t.getCause() : t).getMessage();
            err.println("filbert: " + event.getBundle().getSymbolicName() + " failed" + cause);
        }
    }
}
