package org.filbert.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The node under load: a separate JVM started from the packaged distribution as a headless
 * ultrapeer on 127.0.0.1, configured before start (leaf and ultrapeer limits, no dialling out),
 * driven with {@code Main exec} (the shell over the console), stopped with {@code stop}.
 * Not thread-safe: used by the tool's main thread.
 */
final class NodeProcess implements AutoCloseable {

    private static final String MAIN = "org.filbert.launcher.Main";
    private static final long START_TIMEOUT_MILLIS = 60_000;
    private static final long EXEC_TIMEOUT_SECONDS = 60;

    private final Path dist;
    private final Path data;
    private final int port;
    private final Process process;

    private NodeProcess(Path dist, Path data, int port, Process process) {
        this.dist = dist;
        this.data = data;
        this.port = port;
        this.process = process;
    }

    /**
     * Writes the configuration into {@code data/conf}, starts the node and waits until it
     * listens on {@code port} and its console is up.
     */
    static NodeProcess start(LoadOptions options, Path data, int port) throws IOException, InterruptedException {
        if (!Files.isDirectory(options.dist().resolve("lib"))) {
            throw new IllegalStateException("no distribution at " + options.dist()
                    + "; build it (mvn -B -DskipTests install) or pass --dist");
        }
        Path conf = Files.createDirectories(data.resolve("conf"));
        List<String> transport = new ArrayList<>(List.of("bindAddress=127.0.0.1", "port=" + port,
                "maxLeaves=" + Math.max(1, options.leaves()), "maxUltrapeers=" + options.ultrapeers()));
        transport.addAll(options.transport());
        Files.write(conf.resolve("org.filbert.transport.cfg"), transport, StandardCharsets.ISO_8859_1);
        Files.write(conf.resolve("org.filbert.connections.cfg"), List.of("autoConnect=false"), StandardCharsets.ISO_8859_1);
        List<String> command = new ArrayList<>(List.of(java(), "-Dfilbert.dist=" + options.dist()));
        command.addAll(options.nodeJavaOpts());
        command.addAll(List.of("-cp", options.dist().resolve("lib") + "/*", MAIN,
                "--headless", "--mode", "ultrapeer", "--port", Integer.toString(port), "--data", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("node-console.log").toFile()).start();
        NodeProcess node = new NodeProcess(options.dist(), data, port, process);
        try {
            node.awaitListening();
        } catch (RuntimeException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
        return node;
    }

    private void awaitListening() throws InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the node exited with status " + process.exitValue()
                        + "; see " + data.resolve("node-console.log"));
            }
            if (Files.exists(data.resolve("console.port")) && accepts()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the node did not listen on port " + port + " within "
                + START_TIMEOUT_MILLIS / 1000 + " s");
    }

    private boolean accepts() {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    Path data() {
        return data;
    }

    /** Runs one shell command on the node ({@code Main exec}) and returns what it printed. */
    String exec(String... command) {
        List<String> line = new ArrayList<>(List.of(java(), "-cp", dist.resolve("lib") + "/*", MAIN,
                "exec", "--data", data.toString()));
        line.addAll(List.of(command));
        return Commands.run(line, EXEC_TIMEOUT_SECONDS);
    }

    /** Stops the node with the shell's {@code stop}; kills it if that does not end it. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            exec("stop");
        } catch (RuntimeException e) {
            System.err.println("stop failed (" + e.getMessage() + "); killing the node");
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The exit status once stopped. */
    int exitValue() {
        return process.exitValue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Deletes a directory tree (the temporary data directory). */
    static void delete(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
