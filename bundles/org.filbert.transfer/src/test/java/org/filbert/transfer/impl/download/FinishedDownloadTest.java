package org.filbert.transfer.impl.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.library.api.Library;
import org.filbert.library.impl.LibraryComponent;
import org.filbert.library.impl.LibraryConfig;
import org.filbert.routing.testing.Stubs;
import org.filbert.routing.testing.Waiting;
import org.filbert.transfer.api.DownloadInfo;
import org.filbert.transfer.api.DownloadInfo.State;
import org.filbert.transfer.impl.mesh.AltHeader;
import org.filbert.transfer.impl.mesh.MeshComponent;
import org.filbert.transfer.impl.mesh.MeshConfig;
import org.filbert.transfer.impl.upload.EmbeddedPeer;
import org.filbert.transfer.impl.upload.RawResponse;
import org.filbert.transfer.impl.upload.UploadComponent;
import org.filbert.transfer.impl.upload.UploadConfig;
import org.filbert.wire.Guid;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.PackedHosts;
import org.filbert.wire.ggep.Urn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a finished download becomes, with the real library, mesh and upload server around the
 * downloads and real sources on 127.0.0.1: a shared file (found by SHA-1 and by a query, served
 * by the upload server) whose good sources are in the mesh, so our hits' GGEP ALT and our
 * uploads' X-Alt name them; bad and missing sources, and we ourselves, are not. With
 * {@code shareCompleted} off, the file is not shared.
 */
class FinishedDownloadTest {

    private static final int CHUNK = 256 * 1024;

    @TempDir
    Path data;
    private final List<AutoCloseable> open = new ArrayList<>();
    private final MeshComponent mesh = new MeshComponent(Stubs.config(MeshConfig.class));
    /** When the downloads told the library of a file: its last scan then. */
    private final List<Instant> arrivals = new CopyOnWriteArrayList<>();
    private NodeInfo node;
    /** The SHA-1 of the test's file. */
    private String sha1;
    private LibraryComponent library;
    private DownloadComponent downloads;

    @AfterEach
    void stop() throws Exception {
        if (downloads != null) {
            downloads.deactivate();
        }
        if (library != null) {
            library.deactivate();
        }
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    /** The test's file: {@code chunks} chunks of random bytes; sets {@link #sha1}. */
    private byte[] file(int chunks, long seed) {
        byte[] content = DownloadComponentTest.content(chunks * CHUNK, seed);
        sha1 = DownloadComponentTest.sha1(content);
        return content;
    }

    private RangeServer source(byte[] content) throws Exception {
        RangeServer s = new RangeServer(content, sha1);
        open.add(s);
        return s;
    }

    /** The library, the completed folder offered to it or not, and the downloads; the node listens at {@code us}. */
    private void start(boolean shareCompleted, InetSocketAddress us) throws Exception {
        node = Stubs.answering(NodeInfo.class, Map.of("dataDirectory", data, "version", "test", "mode", Mode.LEAF,
                "startedAt", Instant.now(), "serventGuid", Guid.random().bytes()));
        NetworkStatus network = Stubs.answering(NetworkStatus.class, Map.of("listenAddress", us, "reachable", true));
        DownloadConfig config = Stubs.config(DownloadConfig.class, "chunkBytes", CHUNK, "retrySeconds", 1, "shareCompleted", shareCompleted);
        library = new LibraryComponent(Stubs.config(LibraryConfig.class, "rescanSeconds", 3600), node, Stubs.quietLogger());
        library.bindNetwork(network);
        library.bindMesh(mesh);
        library.addFolderSource(new CompletedShares(config, node));
        downloads = new DownloadComponent(config, node, Stubs.quietLogger());
        downloads.bindNetwork(network);
        downloads.bindMesh(mesh);
        downloads.bindLibrary(watched(library));
        Waiting.until(() -> library.summary().lastScan().isPresent());
    }

    /** The library as the downloads see it: the real one, noting when a file arrives. */
    private Library watched(LibraryComponent real) {
        return (Library) Proxy.newProxyInstance(Library.class.getClassLoader(), new Class<?>[] {Library.class}, (proxy, method, args) -> {
            if (method.getName().equals("arrived")) {
                arrivals.add(real.summary().lastScan().orElseThrow());
            }
            try {
                return method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private DownloadInfo download(byte[] file, String name, RangeServer... sources) throws InterruptedException {
        int id = downloads.start(sha1, name, file.length, List.of(sources).stream().map(RangeServer::source)
                .toList()).id();
        DownloadInfo[] done = new DownloadInfo[1];
        Waiting.until(() -> {
            done[0] = downloads.list().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
            return done[0].state() == State.COMPLETE || done[0].state() == State.FAILED;
        });
        assertThat(done[0].state()).as(done[0].problem()).isEqualTo(State.COMPLETE);
        return done[0];
    }

    private static InetSocketAddress at(RangeServer s) {
        return s.source().address();
    }

    @Test
    void aFinishedDownloadIsSharedFoundByAQueryAndServedWithTheSourcesThatDeliveredIt() throws Exception {
        byte[] file = file(12, 21);
        RangeServer first = source(file);
        RangeServer second = source(file);
        RangeServer ourselves = source(file);
        RangeServer without = source(file);
        without.missing = true;
        start(true, at(ourselves));
        mesh.add(sha1, at(without));

        DownloadInfo done = download(file, "swarm sonata.ogg", first, second, ourselves, without);
        Waiting.until(() -> library.bySha1(sha1).isPresent());
        assertThat(library.bySha1(sha1).orElseThrow().path()).isEqualTo(done.file());
        assertThat(done.file().getParent()).isEqualTo(data.resolve("downloads/complete"));
        assertThat(mesh.of(sha1, 30)).as("the sources that delivered, not the one without the file, not us")
                .containsExactlyInAnyOrder(at(first), at(second));

        QueryHit hit = library.respond(new Query(new Routing(Guid.random(), 3, 1), Query.FLAG_NEW_SEMANTICS, "swarm",
                ExtensionBlock.EMPTY)).get(0);
        QueryHitResult result = hit.results().get(0);
        assertThat(result.name()).isEqualTo("swarm sonata.ogg");
        assertThat(result.extensions().ggep(QueryHitResult.ALT_LOCATIONS_ID)).map(e -> PackedHosts.unpack(e.data()))
                .hasValueSatisfying(alts -> assertThat(alts).containsExactlyInAnyOrder(at(first), at(second)));
        assertThat(library.respond(new Query(new Routing(Guid.random(), 3, 1), Query.FLAG_NEW_SEMANTICS, "",
                ExtensionBlock.of(Urn.parse("urn:sha1:" + sha1).orElseThrow())))).as("a query by its URN").hasSize(1);

        UploadComponent uploads = new UploadComponent(Stubs.config(UploadConfig.class), library, mesh, node, Stubs.quietLogger());
        try {
            RawResponse served = new EmbeddedPeer("127.0.0.9", uploads)
                    .exchange("HEAD /uri-res/N2R?urn:sha1:" + sha1 + " HTTP/1.1\r\nUser-Agent: Test/1.0\r\n\r\n");
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.header("Content-Length")).isEqualTo(Integer.toString(file.length));
            assertThat(AltHeader.parse(served.header("X-Alt"), 10)).containsExactlyInAnyOrder(at(first), at(second));
        } finally {
            uploads.deactivate();
        }
    }

    @Test
    void aSourceThatSentBadDataLeavesTheMeshAndTheOneThatReplacedItJoins() throws Exception {
        byte[] file = file(8, 22);
        RangeServer good = source(file);
        RangeServer bad = source(file);
        bad.corruptFrom = 0;
        start(true, new InetSocketAddress("127.0.0.1", 1));
        mesh.add(sha1, at(bad));

        download(file, "corrupted.iso", good, bad);
        assertThat(mesh.of(sha1, 30)).containsExactly(at(good));
        Waiting.until(() -> library.bySha1(sha1).isPresent());
    }

    @Test
    void withShareCompletedOffAFinishedDownloadIsNotShared() throws Exception {
        byte[] file = file(2, 23);
        RangeServer source = source(file);
        start(false, new InetSocketAddress("127.0.0.1", 1));
        assertThat(library.summary().folders()).isEmpty();

        DownloadInfo done = download(file, "private.bin", source);
        Waiting.until(() -> !arrivals.isEmpty());
        Waiting.until(() -> library.summary().lastScan().orElseThrow().isAfter(arrivals.get(0)));
        assertThat(library.bySha1(sha1)).as("scanned after it arrived, and not shared").isEmpty();
        assertThat(library.files()).isEmpty();
        assertThat(done.file()).exists();
        assertThat(mesh.of(sha1, 30)).as("its sources still join the mesh").containsExactly(at(source));
    }
}
