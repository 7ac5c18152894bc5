package org.filbert.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code ./filbert}'s entry point: starts a node, or runs {@code exec}/{@code shell}
 * against a running one. Exit status: 0 success, 1 failure (a command failed, a bundle
 * failed, the node could not start), 2 a wrong command line. The one class that prints
 * the launcher's own messages.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        Path defaultData = Path.of(System.getProperty("user.home"), ".filbert");
        Options options;
        try {
            options = CommandLine.parse(args, defaultData);
        } catch (UsageException e) {
            System.err.println("filbert: " + e.getMessage());
            return 2;
        }
        try {
            return switch (options.action()) {
                case HELP -> {
                    System.out.print(CommandLine.USAGE);
                    yield 0;
                }
                case RUN -> new NodeLauncher(options, Path.of(System.getProperty("filbert.dist", ".")), System.err).run();
                case EXEC -> exec(options);
                case SHELL -> {
                    new ConsoleRepl(new ConsoleClient(options.data(), options.consolePort()), options.data()).run();
                    yield 0;
                }
            };
        } catch (UsageException e) {
            System.err.println("filbert: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("filbert: " + e);
            return 1;
        }
    }

    private static int exec(Options options) throws IOException, UsageException {
        try (ConsoleClient client = new ConsoleClient(options.data(), options.consolePort())) {
            client.connect(Duration.ofSeconds(30));
            ConsoleClient.Outcome outcome = client.run(options.command(), System.out);
            if (!outcome.ok()) {
                System.err.println("error: " + outcome.failure());
                return 1;
            }
            return 0;
        }
    }
}
