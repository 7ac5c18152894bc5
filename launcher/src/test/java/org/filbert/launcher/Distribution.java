package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The packaged distribution ({@code filbert.dist}, set by the failsafe configuration) run as
 * separate JVM processes the way a user runs it: {@code filbert ARGS...} to completion, and
 * headless nodes ({@link NodeProcess}) that are killed when the test ends (a JUnit extension:
 * register it with {@code @RegisterExtension}). Every node is bound to 127.0.0.1 through its
 * conf/ folder. One instance per test; not thread-safe.
 */
final class Distribution implements AfterEachCallback {

    static final Path DIST = Path.of(System.getProperty("filbert.dist"));

    /** A finished process: exit status, standard output and error. */
    record Run(int status, String out, String err) {
    }

    private final List<NodeProcess> nodes = new ArrayList<>();

    /** {@code java ... org.filbert.launcher.Main ARGS}, output to files, no input. */
    static ProcessBuilder java(Path out, Path err, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfilbert.dist=" + DIST, "-cp", DIST.resolve("lib") + "/*", "org.filbert.launcher.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    }

    /** {@code filbert ARGS...} to its end (60 s at most); its status and output. */
    static Run filbert(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("filbert", ".out");
        Path err = Files.createTempFile("filbert", ".err");
        try {
            Process p = java(out, err, args).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            assertThat(p.isAlive()).as("filbert " + String.join(" ", args) + " finished within 60 s").isFalse();
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Writes {@code DATA/conf/PID.cfg} (replacing it), one {@code key = value} a line; a node reads
     * it at start and whenever it changes.
     */
    static void configure(Path data, String pid, String... lines) throws IOException {
        Files.createDirectories(data.resolve("conf"));
        Files.writeString(data.resolve("conf").resolve(pid + ".cfg"), String.join("\n", lines) + "\n");
    }

    /**
     * Starts a headless node on 127.0.0.1 with data directory {@code data} (any port; the
     * transport's conf file gets {@code bindAddress = 127.0.0.1} unless it names one) and
     * returns once its console is up.
     */
    NodeProcess start(Path data, String... flags) throws IOException, InterruptedException {
        Path transport = data.resolve("conf/org.filbert.transport.cfg");
        String conf = Files.exists(transport) ? Files.readString(transport) : "";
        if (!conf.contains("bindAddress")) {
            configure(data, "org.filbert.transport", (conf + "bindAddress = 127.0.0.1").strip());
        }
        Path port = data.resolve("console.port");
        FileTime before = Files.exists(port) ? Files.getLastModifiedTime(port) : null;
        List<String> args = new ArrayList<>(List.of("--headless", "--port", "0", "--data", data.toString()));
        args.addAll(List.of(flags));
        NodeProcess node = new NodeProcess(data, java(data.resolve("node.out"), data.resolve("node.err"), args.toArray(String[]::new)).start());
        nodes.add(node);
        node.awaitConsole(before);
        return node;
    }

    /** Kills (SIGKILL) every node still running. */
    @Override
    public void afterEach(ExtensionContext context) {
        nodes.forEach(n -> n.process().destroyForcibly());
    }
}
