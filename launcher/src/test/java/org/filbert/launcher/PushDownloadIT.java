package org.filbert.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads from a firewalled source between our own nodes, three processes on 127.0.0.1: an
 * ultrapeer U; a leaf F that shares a file and never learns that it is reachable (it asks
 * nobody to connect back, and nobody connects to it), so its hits carry the push flag; a leaf D
 * that finds the file through U and downloads it. F is reached by a push either way and
 * connects to D with GIV: through its push proxy U (which F asked with LIME/21 and U
 * acknowledged), or, when U proxies for nobody, by a push D routes back along the hit's path.
 */
class PushDownloadIT {

    private static final String NAME = "Hazel Orchard in Winter.bin";
    private static final int SIZE = 4 * 1024 * 1024;
    /** A leaf's incoming connection in the output of {@code peers}. */
    private static final Pattern LEAF_IN = Pattern.compile("\\s+leaf\\s+in\\s+");
    /** A peer's query routing table with entries in the output of {@code qrp} (only F shares something). */
    private static final Pattern TABLE_WITH_ENTRIES = Pattern.compile("(?m)^peer \\d+\\s+\\d+\\s+[1-9]");

    @TempDir
    Path data;

    @RegisterExtension
    final Distribution dist = new Distribution();

    @Test
    void aFirewalledLeafsFileComesThroughItsPushProxy() throws Exception {
        Network nodes = firewalledNetwork(true);
        String result = nodes.find();
        assertThat(result).contains("\nsource: " + nodes.fListen() + " firewalled index ").contains(" proxies " + nodes.uListen());

        String done = nodes.download();
        assertThat(done).contains("\nsource: " + nodes.fListen() + " firewalled, reached by push proxy " + nodes.uListen() + ", "
                + SIZE + " bytes, ");
        assertThat(nodes.d().exec("stats").out()).as("D routed no push").doesNotContainPattern(pushes(""));
        assertThat(nodes.u().exec("stats").out()).as("U forwarded no push").doesNotContainPattern(pushes(""));
        assertThat(nodes.f().exec("stats").out()).as("U's push reached F").containsPattern(pushes("delivered\\s+1$"));
    }

    @Test
    void withoutPushProxiesAPushRoutedBackAlongTheHitBringsTheFile() throws Exception {
        Network nodes = firewalledNetwork(false);
        String result = nodes.find();
        assertThat(result).contains("\nsource: " + nodes.fListen() + " firewalled index ").doesNotContain(" proxies ");

        String done = nodes.download();
        assertThat(done).contains("\nsource: " + nodes.fListen() + " firewalled, reached by routed push, " + SIZE + " bytes, ");
        assertThat(nodes.d().exec("stats").out()).as("D sent one push").containsPattern(pushes("sent\\s+1$"));
        assertThat(nodes.u().exec("stats").out()).as("U forwarded it").containsPattern(pushes("forwarded\\s+1$"));
        assertThat(nodes.f().exec("stats").out()).as("it reached F").containsPattern(pushes("delivered\\s+1$"));
    }

    /** A line of {@code stats} about push messages, whose rest starts with {@code what}. */
    private static Pattern pushes(String what) {
        return Pattern.compile("(?m)^push\\s+" + what);
    }

    /** The three nodes, F connected to U once its file is hashed, D connected to U. */
    private Network firewalledNetwork(boolean proxies) throws Exception {
        Path shared = Files.createDirectories(data.resolve("shared"));
        String sha1 = TestFiles.random(shared.resolve(NAME), SIZE, 7);
        Path up = data.resolve("u");
        if (!proxies) {
            Distribution.configure(up, "org.filbert.transfer.proxy", "maxLeaves = 0");
        }
        NodeProcess u = dist.start(up, "--mode", "ultrapeer");
        String listen = u.listen();
        Path firewalled = data.resolve("f");
        Distribution.configure(firewalled, "org.filbert.transport", "bindAddress = 127.0.0.1", "connectBackRequests = 0");
        NodeProcess f = dist.start(firewalled, "--mode", "leaf", "--share", shared.toString(), "--connect", listen);
        NodeProcess d = dist.start(data.resolve("d"), "--mode", "leaf", "--connect", listen);
        f.execUntil(out -> out.contains("\nhashed: 1 of 1\n"), "F hashed its file", "library");
        u.execUntil(out -> LEAF_IN.matcher(out).results().count() == 2, "both leaves connected to U", "peers");
        u.execUntil(out -> TABLE_WITH_ENTRIES.matcher(out).find(), "U has F's query routing table, with its file's keywords", "qrp");
        return new Network(u, listen, f, f.listen(), d, sha1);
    }

    /** U, the firewalled F and the downloader D, where U and F listen, and the SHA-1 of F's file. */
    private record Network(NodeProcess u, String uListen, NodeProcess f, String fListen, NodeProcess d, String sha1) {

        /** D searches until F's hit is a result; that result in full. */
        String find() throws Exception {
            assertThat(f.exec("status").out()).as("F has not been reached").contains("\nreachable: not yet");
            d.exec("search", "hazel");
            d.execUntil(out -> out.contains(NAME), "F's hit reached D", "results");
            String result = d.exec("results", "1", "1").out();
            assertThat(result).contains("\nsha1: " + sha1 + "\n");
            return result;
        }

        /** D downloads result 1 until it is complete, checks the file; the download in full. */
        String download() throws Exception {
            assertThat(d.exec("download", "1").out()).startsWith("download: 1\nname: " + NAME + "\n");
            String done = d.execUntil(out -> out.contains("\nstate: complete\n"), "D's download from F completed and verified",
                    "downloads", "1");
            assertThat(TestFiles.sha1Base32(d.data().resolve("downloads/complete/" + NAME))).isEqualTo(sha1);
            assertThat(f.exec("status").out()).as("F still not reached but by its GIV connections").contains("\nreachable: not yet");
            return done;
        }
    }
}
