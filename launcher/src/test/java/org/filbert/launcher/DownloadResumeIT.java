package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download whose process is killed (SIGKILL, no clean stop) half-way goes on by itself when
 * the node starts again on the same data directory, fetches only what it did not have, and
 * ends verified. Two node processes on 127.0.0.1: an ultrapeer sharing a file of random bytes,
 * and a node downloading it by a magnet link, throttled so that the test catches it mid-way.
 */
class DownloadResumeIT {

    private static final int SIZE = 16 * 1024 * 1024;
    private static final int THROTTLE = 512 * 1024;
    /** In a state file: the chunk size, and a run of chunks written by one source. */
    private static final Pattern CHUNK = Pattern.compile("(?m)^chunk=(\\d+)$");
    private static final Pattern RUN = Pattern.compile("(?m)^run=(\\d+)-(\\d+) ");

    @TempDir
    Path data;

    @RegisterExtension
    final Distribution dist = new Distribution();

    @Test
    void aDownloadKilledMidwayResumesAtRestartFetchesOnlyTheRestAndVerifies() throws Exception {
        Path shared = Files.createDirectories(data.resolve("shared"));
        String sha1 = TestFiles.random(shared.resolve("pecan.bin"), SIZE, 42);
        NodeProcess up = dist.start(data.resolve("up"), "--mode", "ultrapeer", "--share", shared.toString());
        up.execUntil(out -> out.contains("\nhashed: 1 of 1\n"), "the ultrapeer hashed its file", "library");
        String magnet = "magnet:?xt=urn:sha1:" + sha1 + "&dn=pecan.bin&xs=http://" + up.listen() + "/uri-res/N2R?urn:sha1:" + sha1;

        Path home = data.resolve("downloader");
        Distribution.configure(home, "org.filbert.transfer.download", "bytesPerSecond = " + THROTTLE);
        NodeProcess downloader = dist.start(home, "--mode", "leaf");
        assertThat(downloader.exec("download", "'" + magnet + "'").out()).startsWith("download: 1\nname: pecan.bin\n");
        Path state = home.resolve("downloads/incomplete/" + sha1 + ".state");
        String before = downloader.execUntil(out -> bytes(out, "done") > 0 && Files.exists(state) && RUN.matcher(read(state)).find(),
                "some chunks of the throttled download were written and their state saved", "downloads", "1");
        assertThat(before).contains("\nstate: running\n");
        downloader.kill();
        long saved = claimed(Files.readString(state));
        assertThat(saved).as("bytes the state file claimed when the node was killed").isGreaterThan(0).isLessThan(SIZE);
        assertThat(home.resolve("downloads/incomplete/" + sha1 + ".part")).exists();

        Files.delete(home.resolve("conf/org.filbert.transfer.download.cfg"));
        NodeProcess again = dist.start(home, "--mode", "leaf");
        String after = again.execUntil(out -> out.contains("\nstate: complete\n"), "the resumed download completed and verified",
                "downloads", "1");
        assertThat(Files.readString(home.resolve("logs/filbert.log"))).as("resumed from the state file at start")
                .contains("download 1 pecan.bin resumed: " + saved + " of " + SIZE + " bytes on disk");
        Path file = home.resolve("downloads/complete/pecan.bin");
        assertThat(TestFiles.sha1Base32(file)).as("SHA-1 of the completed file").isEqualTo(sha1);
        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(shared.resolve("pecan.bin")));
        try (Stream<Path> left = Files.list(home.resolve("downloads/incomplete"))) {
            assertThat(left).as("nothing left in incomplete").isEmpty();
        }
        assertThat(bytes(after, "fetched")).as("bytes fetched after the restart").isPositive().isLessThanOrEqualTo(SIZE - saved);
    }

    /** The bytes a state file says are written: its runs of chunks. */
    private static long claimed(String state) {
        Matcher chunk = CHUNK.matcher(state);
        assertThat(chunk.find()).as("chunk size in the state file:\n" + state).isTrue();
        long size = Long.parseLong(chunk.group(1));
        return RUN.matcher(state).results()
                .mapToLong(run -> Math.min(SIZE, (Long.parseLong(run.group(2)) + 1) * size) - Long.parseLong(run.group(1)) * size).sum();
    }

    /** A {@code KEY: N bytes} line of {@code downloads ID}: N, 0 when there is none. */
    private static long bytes(String detail, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": (\\d+) bytes").matcher(detail);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return ""; // replaced under our feet: read again next time
        }
    }
}
