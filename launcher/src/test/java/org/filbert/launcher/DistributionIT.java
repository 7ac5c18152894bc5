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
 * then {@code exec} against it, stopped by {@code stop} and by SIGTERM; and two nodes, an
 * ultrapeer sharing files and a leaf searching through it. Traffic stays on 127.0.0.1 (each
 * node is configured to bind there through its conf/ folder).
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
        return startNode(data, extra);
    }

    /** A headless node on 127.0.0.1 with data directory {@code dir}, once its console is up. */
    private Process startNode(Path dir, String... extra) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("conf"));
        Files.writeString(dir.resolve("conf/org.filbert.transport.cfg"), "bindAddress = 127.0.0.1\n");
        List<String> args = new ArrayList<>(List.of("--headless", "--port", "0", "--data", dir.toString()));
        args.addAll(List.of(extra));
        Process p = java(dir.resolve("node.out"), dir.resolve("node.err"), args.toArray(String[]::new)).start();
        nodes.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(dir.resolve("console.port"))) {
            assertThat(p.isAlive()).as("node running; stderr: " + Files.readString(dir.resolve("node.err"))).isTrue();
            assertThat(System.nanoTime()).as("node published its console in time").isLessThan(deadline);
            Thread.sleep(50);
        }
        return p;
    }

    /** {@code filbert exec --data DIR COMMAND...}, which must succeed. */
    private Run exec(Path dir, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of("exec", "--data", dir.toString()));
        args.addAll(List.of(command));
        Run run = filbert(args.toArray(String[]::new));
        assertThat(run.status()).as(String.join(" ", command) + ": " + run.err()).isZero();
        return run;
    }

    /** Runs {@code command} on the node in {@code dir} until its output satisfies {@code done} (30 s at most); that output. */
    private String execUntil(Path dir, java.util.function.Predicate<String> done, String what, String... command) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String out = exec(dir, command).out();
        while (!done.test(out)) {
            assertThat(System.nanoTime()).as(what + "; last output:\n" + out).isLessThan(deadline);
            Thread.sleep(250);
            out = exec(dir, command).out();
        }
        return out;
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
    void aLeafSearchesThroughItsUltrapeerKeepsTheFileBySha1WithoutTheSpamAndDownloadsIt() throws Exception {
        Path shared = Files.createDirectories(data.resolve("shared"));
        String autumn = "walnut leaves in autumn\n".repeat(200);
        Files.writeString(shared.resolve("Walnut Grove - Autumn.ogg"), autumn);
        Files.writeString(shared.resolve("walnut.mp3.exe"), "MZ not a song");
        Files.writeString(shared.resolve("Walnut.zip"), "PK only the query's word");
        Files.writeString(shared.resolve("chestnut.txt"), "another tree");
        Path up = data.resolve("up");
        Path leaf = data.resolve("leaf");
        startNode(up, "--mode", "ultrapeer", "--share", shared.toString());
        execUntil(up, out -> out.contains("\nhashed: 4 of 4\n"), "the ultrapeer hashed its files", "library");
        String listen = exec(up, "status").out().lines().filter(l -> l.startsWith("listen: ")).findFirst().orElseThrow().substring(8);
        startNode(leaf, "--mode", "leaf", "--connect", listen);
        execUntil(leaf, out -> out.contains(listen + "  ultrapeer"), "the leaf connected to the ultrapeer", "peers");

        String started = exec(leaf, "search", "walnut").out();
        assertThat(started).startsWith("search: 1\nquery: walnut\n").contains("\nsent to: 1 peers\n");
        String results = execUntil(leaf, out -> out.contains("Walnut Grove - Autumn.ogg"), "the hit reached the leaf", "results");
        String sha1 = sha1Base32(autumn);
        assertThat(results).startsWith("#  NAME").contains(sha1.substring(0, 8)).doesNotContain("walnut.mp3.exe").doesNotContain("Walnut.zip");
        assertThat(exec(leaf, "results", "1", "1").out()).contains("\nsha1: " + sha1 + "\n").contains("\nsource: " + listen + " index ")
                .contains("magnet:?xt=urn:sha1:" + sha1);
        assertThat(exec(leaf, "searches").out()).contains("walnut").contains("running")
                .contains("(echoes the query 1, executable posing as media 1)");
        assertThat(exec(leaf, "download", "1").out()).startsWith("download: 1\nname: Walnut Grove - Autumn.ogg\n");
        execUntil(leaf, out -> out.contains("complete"), "the download completed and verified", "downloads");
        assertThat(Files.readString(leaf.resolve("downloads/complete/Walnut Grove - Autumn.ogg"))).isEqualTo(autumn);
        assertThat(exec(leaf, "search", "--stop", "1").out()).isEqualTo("stopped search 1\n");
    }

    /** The SHA-1 of some text in base32, as in {@code urn:sha1:}. */
    private static String sha1Base32(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder b = new StringBuilder();
        for (int bit = 0; bit < digest.length * 8; bit += 5) {
            int value = 0;
            for (int i = 0; i < 5; i++) {
                int at = bit + i;
                value = value << 1 | (at < digest.length * 8 ? digest[at / 8] >> (7 - at % 8) & 1 : 0);
            }
            b.append(alphabet.charAt(value));
        }
        return b.toString();
    }

    @Test
    void wrongFlagsExitWithStatusTwoAndOneLine() throws Exception {
        Run run = filbert("--port", "x");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("filbert: --port needs a port number from 0 to 65535, not 'x'\n");
    }
}
