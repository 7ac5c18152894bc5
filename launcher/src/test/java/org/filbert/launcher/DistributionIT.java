package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution as a user runs it, in separate processes: a headless node,
 * then {@code exec} against it, stopped by {@code stop} and by SIGTERM. Traffic stays on
 * 127.0.0.1 (the node is configured to bind there through its conf/ folder).
 */
class DistributionIT {

    private static final Path DIST = Path.of(System.getProperty("filbert.dist"));

    /** A finished process: exit status, standard output and error. */
    record Run(int status, String out, String err) {
    }

    @TempDir
    Path data;

    private final List<Process> nodes = new ArrayList<>();

    private static ProcessBuilder java(Path out, Path err, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfilbert.dist=" + DIST, "-cp", DIST.resolve("lib") + "/*", "org.filbert.launcher.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }

    private Process startNode(String... extra) throws IOException, InterruptedException {
        Files.createDirectories(data.resolve("conf"));
        Files.writeString(data.resolve("conf/org.filbert.transport.cfg"), "bindAddress = 127.0.0.1\n");
        List<String> args = new ArrayList<>(List.of("--headless", "--port", "0", "--data", data.toString()));
        args.addAll(List.of(extra));
        Process p = java(data.resolve("node.out"), data.resolve("node.err"), args.toArray(String[]::new)).start();
        nodes.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(data.resolve("console.port"))) {
            assertThat(p.isAlive()).as("node running; stderr: " + Files.readString(data.resolve("node.err"))).isTrue();
            assertThat(System.nanoTime()).as("node published its console in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        return p;
    }

    private Run filbert(String... args) throws Exception {
        Path out = Files.createTempFile("filbert", ".out");
        Path err = Files.createTempFile("filbert", ".err");
        Process p = java(out, err, args).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("filbert " + String.join(" ", args) + " finished").isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @AfterEach
    void killLeftovers() {
        nodes.forEach(Process::destroyForcibly);
    }

    @Test
    void headlessNodeIsControlledWithExecAndStopsCleanly() throws Exception {
        Process node = startNode("--mode", "leaf");
        Run status = filbert("exec", "--data", data.toString(), "status");
        assertThat(status.status()).as(status.err()).isZero();
        assertThat(status.out()).startsWith("version: 0.1.0").contains("\nmode: leaf\n").contains("\nlisten: 127.0.0.1:")
                .contains("\ndata: " + data);
        assertThat(Files.readString(data.resolve("logs/filbert.log"))).contains("listening on");

        Run wrong = filbert("exec", "--data", data.toString(), "status", "now");
        assertThat(wrong.status()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("error: usage: status\n");

        Run second = filbert("--headless", "--port", "0", "--data", data.toString());
        assertThat(second.status()).isEqualTo(1);
        assertThat(second.err()).startsWith("filbert: another node is running with data directory " + data);

        Run stop = filbert("exec", "--data", data.toString(), "stop");
        assertThat(stop.status()).isZero();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).as("node exits after stop").isTrue();
        assertThat(node.exitValue()).isZero();
        assertThat(data.resolve("console.port")).doesNotExist();

        Run gone = filbert("exec", "--data", data.toString(), "status");
        assertThat(gone.status()).isEqualTo(1);
        assertThat(gone.err()).startsWith("filbert: no node is running with data directory " + data);
    }

    @Test
    void sigtermStopsTheNodeWithStatusZero() throws Exception {
        Process node = startNode();
        assertThat(filbert("exec", "--data", data.toString(), "status").status()).isZero();
        node.destroy();
        assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(node.exitValue()).isZero();
        assertThat(Files.readString(data.resolve("logs/filbert.log"))).contains("stopped listening on");
    }

    @Test
    void wrongFlagsExitWithStatusTwoAndOneLine() throws Exception {
        Run run = filbert("--port", "x");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("filbert: --port needs a port number from 0 to 65535, not 'x'\n");
    }
}
