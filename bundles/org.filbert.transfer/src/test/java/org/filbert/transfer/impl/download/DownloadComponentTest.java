package org.filbert.transfer.impl.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.node.NodeInfo;
import org.filbert.api.transfer.FileSource;
import org.filbert.routing.testing.Stubs;
import org.filbert.transfer.api.DownloadInfo;
import org.filbert.transfer.api.DownloadInfo.State;
import org.filbert.library.api.Sha1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadComponentTest {

    private static final int CHUNK = 256 * 1024;

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final List<DownloadComponent> components = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        components.forEach(DownloadComponent::deactivate);
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    static byte[] content(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    static String sha1(byte[] content) {
        MessageDigest sha1 = Sha1.digest();
        sha1.update(content);
        return Sha1.base32(sha1);
    }

    private RangeServer source(byte[] content) throws Exception {
        RangeServer s = new RangeServer(content, sha1(content));
        open.add(s);
        return s;
    }

    private DownloadComponent component(Object... overrides) throws IOException {
        Object[] all = new Object[overrides.length + 4];
        all[0] = "chunkBytes";
        all[1] = CHUNK;
        all[2] = "retrySeconds";
        all[3] = 1;
        System.arraycopy(overrides, 0, all, 4, overrides.length);
        NodeInfo node = Stubs.answering(NodeInfo.class, Map.of("dataDirectory", data, "version", "test"));
        DownloadComponent c = new DownloadComponent(Stubs.config(DownloadConfig.class, all), node, Stubs.quietLogger());
        c.bindNetwork(Stubs.answering(NetworkStatus.class, Map.of("listenAddress", new InetSocketAddress("127.0.0.1", 1))));
        components.add(c);
        return c;
    }

    private static DownloadInfo await(DownloadComponent c, int id, Predicate<DownloadInfo> done) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            DownloadInfo info = c.list().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
            if (done.test(info)) {
                return info;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("download " + id + " did not get there: " + c.list());
    }

    private static DownloadInfo awaitEnd(DownloadComponent c, int id) throws InterruptedException {
        return await(c, id, d -> d.state() == State.COMPLETE || d.state() == State.FAILED);
    }

    @Test
    void downloadsFromOneSourceVerifiesAndMovesTheFileToTheCompletedFolder() throws Exception {
        byte[] file = content(3 * CHUNK + 1000, 1);
        RangeServer source = source(file);
        DownloadComponent c = component();
        DownloadInfo started = c.start(sha1(file), "walnut sonata.ogg", file.length, List.of(source.source()));

        DownloadInfo done = awaitEnd(c, started.id());
        assertThat(done.state()).isEqualTo(State.COMPLETE);
        assertThat(done.file()).isEqualTo(data.resolve("downloads/complete/walnut sonata.ogg"));
        assertThat(Files.readAllBytes(done.file())).isEqualTo(file);
        assertThat(done.done()).isEqualTo(file.length);
        assertThat(source.ranges).hasSize(4).contains("bytes=0-" + (CHUNK - 1));
        try (var left = Files.list(data.resolve("downloads/incomplete"))) {
            assertThat(left).as("no partial file or state is left").isEmpty();
        }
    }

    @Test
    void anUnknownSizeIsAskedWithHeadFirst() throws Exception {
        byte[] file = content(CHUNK + 7, 2);
        RangeServer source = source(file);
        DownloadComponent c = component();
        DownloadInfo done = awaitEnd(c, c.start(sha1(file), "magnet.bin", -1, List.of(source.source())).id());
        assertThat(done.state()).isEqualTo(State.COMPLETE);
        assertThat(done.size()).isEqualTo(file.length);
        assertThat(Files.readAllBytes(done.file())).isEqualTo(file);
    }

    @Test
    void fetchesFromSeveralSourcesAtOnce() throws Exception {
        byte[] file = content(16 * CHUNK, 3);
        RangeServer a = source(file);
        RangeServer b = source(file);
        RangeServer c3 = source(file);
        DownloadComponent c = component();
        DownloadInfo done = awaitEnd(c, c.start(sha1(file), "popular.avi", file.length, List.of(a.source(), b.source(), c3.source())).id());
        assertThat(done.state()).isEqualTo(State.COMPLETE);
        assertThat(Files.readAllBytes(done.file())).isEqualTo(file);
        assertThat(List.of(a, b, c3)).as("every source served chunks").allSatisfy(s -> assertThat(s.ranges).isNotEmpty());
        assertThat(a.ranges.size() + b.ranges.size() + c3.ranges.size()).isEqualTo(16);
    }

    @Test
    void aSourceThatSendsBadDataIsFoundDroppedAndItsChunksFetchedAgain() throws Exception {
        byte[] file = content(12 * CHUNK, 4);
        RangeServer good = source(file);
        RangeServer bad = source(file);
        bad.corruptFrom = 0;
        DownloadComponent c = component();
        DownloadInfo done = awaitEnd(c, c.start(sha1(file), "corrupted.iso", file.length, List.of(good.source(), bad.source())).id());
        assertThat(done.state()).isEqualTo(State.COMPLETE);
        assertThat(Files.readAllBytes(done.file())).isEqualTo(file);
        assertThat(done.knownSources()).as("the corrupting source is dropped").isEqualTo(1);
    }

    @Test
    void aLoneSourceThatSendsBadDataFailsTheDownloadWithTheReason() throws Exception {
        byte[] file = content(2 * CHUNK, 5);
        RangeServer bad = source(file);
        bad.corruptFrom = CHUNK + 3;
        DownloadComponent c = component();
        DownloadInfo done = awaitEnd(c, c.start(sha1(file), "lonely.bin", file.length, List.of(bad.source())).id());
        assertThat(done.state()).isEqualTo(State.FAILED);
        assertThat(done.problem()).contains("does not match the file's SHA-1");
    }

    @Test
    void aSourceWithoutTheFileIsDroppedAndTheMeshFromXAltIsUsed() throws Exception {
        byte[] file = content(2 * CHUNK, 6);
        RangeServer without = source(file);
        without.missing = true;
        RangeServer with = source(file);
        without.alt = with.source().hostPort();
        DownloadComponent c = component();
        DownloadInfo done = awaitEnd(c, c.start(sha1(file), "meshed.bin", file.length, List.of(without.source())).id());
        assertThat(done.state()).isEqualTo(State.COMPLETE);
        assertThat(with.ranges).hasSize(2);
    }

    @Test
    void aQueuingSourceIsAskedAgainWhenItSaysAndServes() throws Exception {
        byte[] file = content(CHUNK, 7);
        RangeServer queuing = source(file);
        queuing.queueFirst = 1;
        DownloadComponent c = component();
        DownloadInfo done = awaitEnd(c, c.start(sha1(file), "queued.bin", file.length, List.of(queuing.source())).id());
        assertThat(done.state()).isEqualTo(State.COMPLETE);
        assertThat(queuing.ranges).hasSize(2);
    }

    @Test
    void aRestartResumesFromThePartialFileAndItsState() throws Exception {
        byte[] file = content(24 * CHUNK, 8);
        RangeServer source = source(file);
        DownloadComponent first = component("bytesPerSecond", 2L * CHUNK);
        int id = first.start(sha1(file), "resumed.mkv", file.length, List.of(source.source())).id();
        await(first, id, d -> d.done() >= 4L * CHUNK);
        first.deactivate();
        components.remove(first);
        int servedBefore = source.bodyBytes.get();

        DownloadComponent second = component();
        DownloadInfo resumed = second.list().get(0);
        assertThat(resumed.name()).isEqualTo("resumed.mkv");
        assertThat(resumed.done()).as("the chunks written before the restart count").isGreaterThanOrEqualTo(4L * CHUNK);
        DownloadInfo done = awaitEnd(second, resumed.id());
        assertThat(done.state()).isEqualTo(State.COMPLETE);
        assertThat(Files.readAllBytes(done.file())).isEqualTo(file);
        assertThat(source.bodyBytes.get() - servedBefore).as("only what was missing is fetched again").isLessThan(file.length);
        assertThat(done.fetched()).as("what the second run fetched").isBetween(1L, file.length - 4L * CHUNK);
    }

    @Test
    void cancelDeletesThePartialFile() throws Exception {
        byte[] file = content(8 * CHUNK, 9);
        RangeServer source = source(file);
        DownloadComponent c = component("bytesPerSecond", (long) CHUNK);
        int id = c.start(sha1(file), "cancelled.bin", file.length, List.of(source.source())).id();
        await(c, id, d -> d.done() >= CHUNK);
        assertThat(c.cancel(id)).isTrue();
        assertThat(c.list().get(0).state()).isEqualTo(State.CANCELLED);
        Thread.sleep(300);
        try (var left = Files.list(data.resolve("downloads/incomplete"))) {
            assertThat(left).isEmpty();
        }
        assertThat(c.cancel(id)).isFalse();
        assertThat(c.cancel(99)).isFalse();
    }

    @Test
    void badArgumentsAreRefusedInOneLine() throws Exception {
        DownloadComponent c = component();
        assertThatThrownBy(() -> c.start("nothex", "a", 1, List.of())).hasMessageStartingWith("not a base32 SHA-1");
        assertThatThrownBy(() -> c.start(sha1(new byte[1]), "..", 1, List.of())).hasMessageContaining("not a usable file name");
        assertThat(DownloadComponent.safeName("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
        FileSource s = FileSource.direct(new InetSocketAddress("127.0.0.1", 9));
        assertThat(c.start(sha1(new byte[2]), "x", 2, List.of(s)).id()).isEqualTo(c.start(sha1(new byte[2]), "x", 2, List.of(s)).id());
    }

    @Test
    void firewalledSourcesBehindTheSamePrivateAddressAreToldApartByTheirGuid() throws Exception {
        DownloadComponent c = component();
        InetSocketAddress lan = new InetSocketAddress("192.168.1.2", 6346);
        FileSource one = new FileSource(lan, "0123456789ABCDEF0123456789ABCDEF", 1, true, List.of(), "LIME");
        FileSource other = new FileSource(lan, "FEDCBA9876543210FEDCBA9876543210", 7, true, List.of(), "GTKG");
        FileSource direct = FileSource.direct(new InetSocketAddress("127.0.0.1", 9));
        FileSource sameAddress = FileSource.direct(new InetSocketAddress("127.0.0.1", 9));
        assertThat(c.start(sha1(new byte[3]), "lan.bin", 3, List.of(one, other, direct, sameAddress)).knownSources()).isEqualTo(3);
    }
}
