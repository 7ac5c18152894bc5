package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.filbert.launcher.Distribution.Run;

/**
 * One headless node of the packaged distribution running in its own process, started by
 * {@link Distribution#start}: commands on it through {@code filbert exec --data DIR}, polling a
 * command until its output says something (with a deadline), its listen address, and a kill
 * without a clean stop. Not thread-safe.
 */
final class NodeProcess {

    /** How long a node may take to publish its console, and a polled condition to come true. */
    static final long DEADLINE_SECONDS = 30;

    private final Path data;
    private final Process process;

    NodeProcess(Path data, Process process) {
        this.data = data;
        this.process = process;
    }

    Path data() {
        return data;
    }

    Process process() {
        return process;
    }

    /**
     * Waits until the node wrote DATA/console.port (60 s at most): a new one, when a killed node
     * left its own behind ({@code before}: that file's time, null when there was none).
     */
    void awaitConsole(FileTime before) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2 * DEADLINE_SECONDS);
        Path port = data.resolve("console.port");
        while (!Files.exists(port) || Files.getLastModifiedTime(port).equals(before)) {
            assertThat(process.isAlive()).as("node in " + data + " running; stderr: " + Files.readString(data.resolve("node.err"))).isTrue();
            assertThat(System.nanoTime()).as("node in " + data + " published its console in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** {@code filbert exec --data DIR COMMAND...}, which must succeed. */
    Run exec(String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("exec", "--data", data.toString()));
        args.addAll(List.of(command));
        Run run = Distribution.filbert(args.toArray(String[]::new));
        assertThat(run.status()).as(String.join(" ", command) + " on " + data + ": " + run.err()).isZero();
        return run;
    }

    /**
     * Runs {@code command} until its output satisfies {@code done} ({@value #DEADLINE_SECONDS} s
     * at most, else fails saying {@code what} did not happen, with the last output); that output.
     */
    String execUntil(Predicate<String> done, String what, String... command) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
        String out = exec(command).out();
        while (!done.test(out)) {
            assertThat(System.nanoTime()).as(what + " (in " + DEADLINE_SECONDS + " s); last output of '" + String.join(" ", command)
                    + "' on " + data + ":\n" + out).isLessThan(deadline);
            Thread.sleep(250);
            out = exec(command).out();
        }
        return out;
    }

    /** The {@code listen:} address of {@code status} ({@code 127.0.0.1:PORT}). */
    String listen() throws IOException, InterruptedException {
        return exec("status").out().lines().filter(l -> l.startsWith("listen: ")).findFirst().orElseThrow().substring(8);
    }

    /** Kills the process with SIGKILL (no shutdown hook, nothing flushed) and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("node in " + data + " killed").isTrue();
        assertThat(process.exitValue()).as("exit status of a JVM ended by SIGKILL (128 + 9)").isEqualTo(137);
    }
}
