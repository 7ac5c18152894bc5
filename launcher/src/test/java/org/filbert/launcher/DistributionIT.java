package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.filbert.launcher.Distribution.filbert;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.filbert.launcher.Distribution.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged distribution as a user runs it, in separate processes: a headless node,
 * then {@code exec} against it, stopped by {@code stop} and by SIGTERM; and two nodes, an
 * ultrapeer sharing files and a leaf searching through it. Traffic stays on 127.0.0.1 (each
 * node is configured to bind there through its conf/ folder).
 */
class DistributionIT {

    @TempDir
    Path data;

    @RegisterExtension
    final Distribution dist = new Distribution();

    @Test
    void headlessNodeIsControlledWithExecAndStopsCleanly() throws Exception {
        Process node = dist.start(data, "--mode", "leaf").process();
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
        Process node = dist.start(data).process();
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
        NodeProcess up = dist.start(data.resolve("up"), "--mode", "ultrapeer", "--share", shared.toString());
        up.execUntil(out -> out.contains("\nhashed: 4 of 4\n"), "the ultrapeer hashed its files", "library");
        String listen = up.listen();
        NodeProcess leaf = dist.start(data.resolve("leaf"), "--mode", "leaf", "--connect", listen);
        leaf.execUntil(out -> out.contains(listen + "  ultrapeer"), "the leaf connected to the ultrapeer", "peers");

        String started = leaf.exec("search", "walnut").out();
        assertThat(started).startsWith("search: 1\nquery: walnut\n").contains("\nsent to: 1 peers\n");
        String results = leaf.execUntil(out -> out.contains("Walnut Grove - Autumn.ogg"), "the hit reached the leaf", "results");
        String sha1 = TestFiles.sha1Base32(autumn.getBytes(StandardCharsets.UTF_8));
        assertThat(results).startsWith("#  NAME").contains(sha1.substring(0, 8)).doesNotContain("walnut.mp3.exe").doesNotContain("Walnut.zip");
        assertThat(leaf.exec("results", "1", "1").out()).contains("\nsha1: " + sha1 + "\n").contains("\nsource: " + listen + " index ")
                .contains("magnet:?xt=urn:sha1:" + sha1);
        assertThat(leaf.exec("searches").out()).contains("walnut").contains("running")
                .contains("(echoes the query 1, executable posing as media 1)");
        assertThat(leaf.exec("download", "1").out()).startsWith("download: 1\nname: Walnut Grove - Autumn.ogg\n");
        leaf.execUntil(out -> out.contains("complete"), "the download completed and verified", "downloads");
        assertThat(Files.readString(leaf.data().resolve("downloads/complete/Walnut Grove - Autumn.ogg"))).isEqualTo(autumn);
        assertThat(leaf.exec("search", "--stop", "1").out()).isEqualTo("stopped search 1\n");
    }

    @Test
    void wrongFlagsExitWithStatusTwoAndOneLine() throws Exception {
        Run run = filbert("--port", "x");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("filbert: --port needs a port number from 0 to 65535, not 'x'\n");
    }
}
