package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download from several of our nodes at once, three processes on 127.0.0.1: two ultrapeers
 * sharing the same file, and a leaf connected to both that finds it as one result with two
 * sources and fetches its chunks from both over their shared ports. The leaf's downloads are
 * throttled so that neither source can take every chunk before the other has connected.
 */
class SwarmDownloadIT {

    private static final String NAME = "Walnut Harvest Sampler.bin";
    private static final int SIZE = 8 * 1024 * 1024;
    /** A direct source in {@code downloads ID}: address and the bytes it sent. */
    private static final Pattern SOURCE = Pattern.compile("(?m)^source: (\\S+) reached directly, (\\d+) bytes");

    @TempDir
    Path data;

    @RegisterExtension
    final Distribution dist = new Distribution();

    @Test
    void aLeafFetchesOneFileFromTwoUltrapeersAtOnce() throws Exception {
        String sha1 = TestFiles.random(Files.createDirectories(data.resolve("one")).resolve(NAME), SIZE, 11);
        Files.copy(data.resolve("one").resolve(NAME), Files.createDirectories(data.resolve("two")).resolve(NAME));
        NodeProcess first = dist.start(data.resolve("u1"), "--mode", "ultrapeer", "--share", data.resolve("one").toString());
        NodeProcess second = dist.start(data.resolve("u2"), "--mode", "ultrapeer", "--share", data.resolve("two").toString());
        for (NodeProcess up : new NodeProcess[] {first, second}) {
            up.execUntil(out -> out.contains("\nhashed: 1 of 1\n"), "an ultrapeer hashed its file", "library");
        }
        Path home = data.resolve("leaf");
        Distribution.configure(home, "org.filbert.transfer.download", "bytesPerSecond = " + 2 * 1024 * 1024);
        NodeProcess leaf = dist.start(home, "--mode", "leaf", "--connect", first.listen(), "--connect", second.listen());
        leaf.execUntil(out -> out.contains("\npeers: 2 (2 ultrapeers, 0 leaves)\n"), "the leaf connected to both",
                "status");

        leaf.exec("search", "walnut", "harvest");
        leaf.execUntil(out -> out.contains(NAME) && out.matches("(?s).*" + Pattern.quote(NAME) + "\\s+\\S+ MiB\\s+2\\s.*"),
                "one result with both ultrapeers as sources", "results");
        assertThat(leaf.exec("download", "1").out()).startsWith("download: 1\nname: " + NAME + "\n");
        String done = leaf.execUntil(out -> out.contains("\nstate: complete\n"), "the download completed and verified", "downloads", "1");

        assertThat(TestFiles.sha1Base32(home.resolve("downloads/complete/" + NAME))).isEqualTo(sha1);
        Matcher m = SOURCE.matcher(done);
        long total = 0;
        int sources = 0;
        while (m.find()) {
            assertThat(Long.parseLong(m.group(2))).as("source " + m.group(1) + " sent part of the file:\n" + done).isPositive();
            total += Long.parseLong(m.group(2));
            sources++;
        }
        assertThat(sources).as("sources in:\n" + done).isEqualTo(2);
        assertThat(total).as("the two sources' bytes make the file (a chunk cut off mid-way is fetched again)").isGreaterThanOrEqualTo(SIZE);
    }
}
