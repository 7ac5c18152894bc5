package org.filbert.library.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.node.Mode;
import org.filbert.api.node.NodeInfo;
import org.filbert.library.api.Library;
import org.filbert.wire.Guid;
import org.filbert.wire.Query;
import org.filbert.wire.QueryHit;
import org.filbert.wire.QueryHitResult;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;
import org.filbert.wire.ggep.Urn;
import org.filbert.routing.testing.Stubs;
import org.filbert.routing.testing.Waiting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library on real folders: what is shared, hashing and its cache, answering queries by words and by URN. */
class LibraryComponentTest {

    @TempDir
    Path shared;
    @TempDir
    Path data;

    private LibraryComponent library;

    private LibraryComponent start(Object... overrides) {
        Object[] settings = new Object[overrides.length + 2];
        settings[0] = "shares";
        settings[1] = new String[] {shared.toString()};
        System.arraycopy(overrides, 0, settings, 2, overrides.length);
        byte[] guid = Guid.random().bytes();
        NodeInfo node = Stubs.answering(NodeInfo.class, Map.of("version", "test", "mode", Mode.LEAF, "dataDirectory", data,
                "startedAt", Instant.now(), "serventGuid", guid));
        library = new LibraryComponent(Stubs.config(LibraryConfig.class, settings), node, Stubs.quietLogger());
        library.bindNetwork(Stubs.answering(NetworkStatus.class, Map.of("listenAddress", new InetSocketAddress("127.0.0.1", 6346),
                "reachable", false)));
        return library;
    }

    @AfterEach
    void stop() {
        if (library != null) {
            library.deactivate();
        }
    }


    private static Query query(String text, ExtensionBlock extensions) {
        return new Query(new Routing(Guid.random(), 3, 1), Query.FLAG_NEW_SEMANTICS, text, extensions);
    }

    @Test
    void sharesVisibleFilesRecursivelyHashesThemAndAnswersByWordsAndByUrn() throws Exception {
        Files.writeString(shared.resolve("Émile Zola - Germinal.txt"), "abc", StandardCharsets.UTF_8);
        Files.createDirectories(shared.resolve("music/live"));
        Files.writeString(shared.resolve("music/live/Blue Moon.ogg"), "moon");
        Files.writeString(shared.resolve(".secret.txt"), "x");
        Files.createDirectories(shared.resolve(".hidden"));
        Files.writeString(shared.resolve(".hidden/inside.txt"), "x");
        Files.writeString(shared.resolve("movie.avi.part"), "x");
        start();
        Waiting.until(() -> library.summary().hashed() == 2);
        Library.Summary summary = library.summary();
        assertThat(summary.files()).isEqualTo(2);
        assertThat(summary.bytes()).isEqualTo(7);
        assertThat(library.count()).as("announced in our pongs").isEqualTo(2);
        assertThat(library.kilobytes()).isZero();
        assertThat(library.files()).extracting(f -> f.path().getFileName().toString())
                .containsExactlyInAnyOrder("Émile Zola - Germinal.txt", "Blue Moon.ogg");
        String abc = "VGMT4NSHA2AWVOR6EVYXQUGCNSONBWE5";
        assertThat(library.names()).contains("Blue Moon.ogg", "urn:sha1:" + abc);

        List<QueryHit> hits = library.respond(query("emile germinal", ExtensionBlock.EMPTY));
        assertThat(hits).hasSize(1);
        QueryHit hit = hits.get(0);
        assertThat(hit.routing().ttl()).isEqualTo(2);
        assertThat(hit.port()).isEqualTo(6346);
        QueryHitResult result = hit.results().get(0);
        assertThat(result.name()).isEqualTo("Émile Zola - Germinal.txt");
        assertThat(result.size()).isEqualTo(3);
        assertThat(result.extensions().sha1()).map(Urn::sha1Base32).contains(abc);
        assertThat(hit.trailer().orElseThrow().vendor()).isEqualTo(LibraryComponent.VENDOR);

        assertThat(library.respond(query("", ExtensionBlock.of(Urn.parse("urn:sha1:" + abc).orElseThrow()))))
                .flatExtracting(QueryHit::results).extracting(QueryHitResult::name).containsExactly("Émile Zola - Germinal.txt");
        assertThat(library.respond(query("germinal moon", ExtensionBlock.EMPTY))).as("every word must match").isEmpty();
        Query ggepH = new Query(new Routing(Guid.random(), 3, 1), Query.FLAG_NEW_SEMANTICS | Query.FLAG_GGEP_H, "blue moon",
                ExtensionBlock.EMPTY);
        QueryHitResult viaGgep = library.respond(ggepH).get(0).results().get(0);
        assertThat(viaGgep.extensions().ggep().has("H")).as("GGEP H where the querier accepts it").isTrue();
        assertThat(viaGgep.extensions().sha1()).isPresent();
        assertThat(library.respond(query("secret", ExtensionBlock.EMPTY))).as("hidden files are not shared").isEmpty();
    }

    @Test
    void aRestartTakesHashesFromTheCacheAndAChangedFileIsHashedAgain() throws Exception {
        Path file = shared.resolve("song.mp3");
        Files.writeString(file, "one");
        start();
        Waiting.until(() -> library.summary().hashed() == 1);
        Waiting.until(() -> Files.exists(data.resolve("library/hashes.txt")) && readable(data.resolve("library/hashes.txt")));
        String first = library.files().get(0).sha1().orElseThrow();
        library.deactivate();

        Files.writeString(data.resolve("library/hashes.txt"), Files.readString(data.resolve("library/hashes.txt"))
                .replace(first, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        start();
        Waiting.until(() -> library.summary().lastScan().isPresent());
        assertThat(library.files().get(0).sha1()).as("taken from the cache, not hashed again").contains("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        library.deactivate();

        Files.writeString(file, "two, longer");
        start();
        Waiting.until(() -> library.files().size() == 1 && library.files().get(0).sha1().filter(h -> !h.startsWith("AAAA")).isPresent());
    }

    @Test
    void answersAtMostTheResultsPerQuery() throws Exception {
        for (int i = 0; i < 8; i++) {
            Files.writeString(shared.resolve("track " + i + " common.ogg"), "t" + i);
        }
        start("maxResultsPerQuery", 5);
        Waiting.until(() -> library.summary().hashed() == 8);
        assertThat(library.respond(query("common", ExtensionBlock.EMPTY)).get(0).results()).hasSize(5);
    }

    private static boolean readable(Path p) {
        try {
            return !Files.readString(p).isBlank();
        } catch (Exception e) {
            return false;
        }
    }
}
