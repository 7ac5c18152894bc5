package org.filbert.library.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.api.transfer.AlternateLocations;
import org.filbert.api.transfer.PushProxies;
import org.filbert.library.api.SharedFolderSource;
import org.filbert.routing.testing.Stubs;
import org.filbert.routing.testing.Waiting;
import org.filbert.wire.FlagValue;
import org.filbert.wire.Guid;
import org.filbert.wire.Messages;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.PackedHosts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** What our hits say for firewalled transfers (GGEP PUSH and ALT), and folders shared and unshared at run time. */
class LibraryHitsAndSharesTest {

    @TempDir
    Path configured;
    @TempDir
    Path more;
    @TempDir
    Path data;

    private LibraryComponent library;

    /** The library sharing {@code configured}, with these settings besides. */
    private LibraryComponent start(Object... settings) {
        NodeInfo node = Stubs.answering(NodeInfo.class, Map.of("version", "test", "mode", Mode.LEAF, "dataDirectory", data,
                "startedAt", Instant.now(), "serventGuid", Guid.random().bytes()));
        List<Object> all = new ArrayList<>(List.of("shares", new String[] {configured.toString()}, "maxAltsPerResult", 2));
        all.addAll(List.of(settings));
        library = new LibraryComponent(Stubs.config(LibraryConfig.class, all.toArray()), node, Stubs.quietLogger());
        return library;
    }

    /** Another bundle's offer of folders. */
    private static SharedFolderSource offering(Path folder) {
        return new SharedFolderSource() {
            @Override
            public List<Path> folders() {
                return List.of(folder);
            }

            @Override
            public String sharedBy() {
                return "finished downloads (shareCompleted)";
            }
        };
    }

    private static NetworkStatus network(boolean reachable) {
        return Stubs.answering(NetworkStatus.class, Map.of("listenAddress", new InetSocketAddress("127.0.0.1", 6346), "reachable", reachable));
    }

    @AfterEach
    void stop() {
        if (library != null) {
            library.deactivate();
        }
    }


    /** The hit as a downloader reads it: encoded and decoded by the wire module. */
    private QueryHit hitFor(String words, int flags) throws Exception {
        QueryHit hit = library.respond(new Query(new Routing(Guid.random(), 3, 1), Query.FLAG_NEW_SEMANTICS | flags, words,
                ExtensionBlock.EMPTY)).get(0);
        ByteBuf buf = Unpooled.buffer();
        try {
            Messages.encode(hit, buf);
            return (QueryHit) Messages.decode(buf, WireLimits.DEFAULT);
        } finally {
            buf.release();
        }
    }

    @Test
    void aFirewalledHitListsOurPushProxiesAndEachResultItsAlternateLocations() throws Exception {
        Files.writeString(configured.resolve("blue moon.ogg"), "moon");
        start();
        List<InetSocketAddress> proxies = List.of(new InetSocketAddress("127.0.0.31", 6001), new InetSocketAddress("127.0.0.32", 6002));
        List<InetSocketAddress> alts = List.of(new InetSocketAddress("127.0.0.41", 7001), new InetSocketAddress("127.0.0.42", 7002));
        library.bindNetwork(network(false));
        PushProxies ours = Stubs.answering(PushProxies.class, Map.of("current", proxies));
        AlternateLocations mesh = Stubs.answering(AlternateLocations.class, Map.of("of", alts));
        library.bindPushProxies(ours);
        library.bindMesh(mesh);
        Waiting.until(() -> library.summary().hashed() == 1);

        for (int flags : new int[] {0, Query.FLAG_GGEP_H}) {
            QueryHit hit = hitFor("blue moon", flags);
            assertThat(hit.trailer().orElseThrow().flags().orElseThrow().push()).isEqualTo(FlagValue.YES);
            assertThat(hit.trailer().orElseThrow().ggep().get("PUSH")).map(e -> PackedHosts.unpack(e.data())).contains(proxies);
            QueryHitResult result = hit.results().get(0);
            assertThat(result.extensions().ggep(QueryHitResult.ALT_LOCATIONS_ID)).map(e -> PackedHosts.unpack(e.data())).contains(alts);
            assertThat(result.sha1()).isPresent();
        }

        library.bindNetwork(network(true));
        QueryHit reachable = hitFor("blue moon", 0);
        assertThat(reachable.trailer().orElseThrow().ggep().has("PUSH")).as("reachable: no proxies").isFalse();
        assertThat(reachable.trailer().orElseThrow().flags().orElseThrow().push()).isEqualTo(FlagValue.NO);

        library.unbindMesh(mesh);
        library.unbindPushProxies(ours);
        library.bindNetwork(network(false));
        QueryHit bare = hitFor("blue moon", 0);
        assertThat(bare.trailer().orElseThrow().ggep().isEmpty()).as("without the services: no PUSH, no ALT").isTrue();
        assertThat(bare.results().get(0).extensions().ggep().isEmpty()).isTrue();
    }

    @Test
    void foldersSharedAndUnsharedAtRunTimeStaySoAfterARestart() throws Exception {
        Files.writeString(configured.resolve("configured.txt"), "a");
        Files.writeString(more.resolve("later.txt"), "b");
        start();
        library.bindNetwork(network(true));
        Waiting.until(() -> library.files().size() == 1);

        library.share(more);
        Waiting.until(() -> library.files().size() == 2);
        library.unshare(configured);
        Waiting.until(() -> library.files().size() == 1);
        assertThat(library.summary().folders()).containsExactly(more.toAbsolutePath().normalize());

        assertThatThrownBy(() -> library.share(more)).isInstanceOf(IllegalArgumentException.class).hasMessage("already shared: " + more);
        assertThatThrownBy(() -> library.unshare(configured)).hasMessage("not shared: " + configured);
        Path file = more.resolve("later.txt");
        assertThatThrownBy(() -> library.share(file)).hasMessage("not a folder: " + file);
        library.deactivate();

        start();
        assertThat(library.summary().folders()).as("after a restart, with the same configuration").containsExactly(more);
        Waiting.until(() -> library.files().size() == 1);
        assertThat(library.files().get(0).path()).isEqualTo(file);

        library.share(configured);
        library.unshare(more);
        library.deactivate();
        start();
        assertThat(library.summary().folders()).containsExactly(configured);
        assertThat(Files.readAllLines(data.resolve("library/shares.txt"))).as("nothing left to remember").isEmpty();
    }

    @Test
    void aFolderAnotherBundleOffersIsSharedWhileOfferedButNeitherSavedNorUnsharedByTheUser() throws Exception {
        Files.writeString(configured.resolve("configured.txt"), "a");
        Files.writeString(more.resolve("downloaded.txt"), "b");
        start();
        Waiting.until(() -> library.files().size() == 1);

        SharedFolderSource downloads = offering(more);
        library.addFolderSource(downloads);
        Waiting.until(() -> library.summary().hashed() == 2);
        assertThat(library.summary().folders()).containsExactly(configured, more);
        assertThatThrownBy(() -> library.unshare(more))
                .hasMessage("cannot unshare " + more + ": it is shared by finished downloads (shareCompleted)");
        assertThat(data.resolve("library/shares.txt")).as("nothing saved for it").doesNotExist();

        library.removeFolderSource(downloads);
        Waiting.until(() -> library.files().size() == 1);
        assertThat(library.summary().folders()).containsExactly(configured);
        assertThat(library.files().get(0).path()).isEqualTo(configured.resolve("configured.txt"));
    }

    @Test
    void aFileThatArrivesWithItsSha1IsSharedAtOnceWithThatSha1AndNotHashedAgain() throws Exception {
        start("rescanSeconds", 3600);
        Waiting.until(() -> library.summary().lastScan().isPresent());
        Path file = configured.resolve("finished.ogg");
        Files.writeString(file, "verified by its download");
        // not the SHA-1 of the bytes: what the library shares is what it was told, so it did not hash
        String told = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        library.arrived(file, told);
        Waiting.until(() -> library.bySha1(told).isPresent());
        assertThat(library.bySha1(told).orElseThrow().path()).isEqualTo(file);
        assertThat(library.summary().hashed()).isEqualTo(1);

        Path outside = more.resolve("elsewhere.ogg");
        Files.writeString(outside, "not in a shared folder");
        Instant before = library.summary().lastScan().orElseThrow();
        library.arrived(outside, "ZYXWVUTSRQPONMLKJIHGFEDCBA765432");
        Waiting.until(() -> library.summary().lastScan().orElseThrow().isAfter(before));
        assertThat(library.files()).extracting(f -> f.path()).containsExactly(file);
        assertThatThrownBy(() -> library.arrived(file, "not-a-sha1")).hasMessageStartingWith("not a base32 SHA-1");
    }
}
