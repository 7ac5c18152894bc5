package org.filbert.transfer.impl.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.filbert.library.api.Library.SharedFile;
import org.filbert.transfer.api.UploadInfo;
import org.filbert.transfer.impl.PushProxyEndpoint;
import org.filbert.transfer.impl.mesh.MeshComponent;
import org.filbert.wire.Guid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request parsing and response shapes on channels without sockets: status codes, headers, slots and the queue's clock. */
class UploadHandlerTest {

    @TempDir
    Path shared;
    @TempDir
    Path outside;

    private final FolderLibrary library = new FolderLibrary();
    private final MeshComponent mesh = UploadFixtures.mesh();
    private final List<EmbeddedPeer> peers = new ArrayList<>();
    private byte[] content;
    private SharedFile song;
    private UploadComponent uploads;

    @BeforeEach
    void share() throws Exception {
        content = UploadFixtures.randomFile(shared.resolve("Blue Moon.ogg"), 100_000);
        song = library.shareFile(shared.resolve("Blue Moon.ogg"));
        Files.writeString(outside.resolve("passwd"), "root:TOPSECRET");
        uploads = UploadFixtures.uploads(library, mesh, "uploadSlots", 1);
    }

    @AfterEach
    void close() {
        peers.forEach(p -> p.finishAndReleaseAll());
    }

    private EmbeddedPeer peer(String ip) {
        EmbeddedPeer p = new EmbeddedPeer(ip, uploads);
        peers.add(p);
        return p;
    }

    private String n2r() {
        return "/uri-res/N2R?urn:sha1:" + song.sha1().orElseThrow();
    }

    private static String get(String target, String... headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + String.join("", Arrays.stream(headers).map(h -> h + "\r\n").toList())
                + "\r\n";
    }

    @Test
    void aWholeFileComesWithItsHeadersAndExactBytes() throws Exception {
        RawResponse r = peer("10.0.0.1").exchange(get(n2r(), "User-Agent: LimeWire/5.5"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Server")).isEqualTo(UploadFixtures.SERVER);
        assertThat(r.header("Content-Type")).isEqualTo("application/binary");
        assertThat(r.header("Content-Length")).isEqualTo("100000");
        assertThat(r.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(r.header("X-Gnutella-Content-URN")).isEqualTo("urn:sha1:" + song.sha1().orElseThrow());
        assertThat(r.header("Content-Range")).isNull();
        assertThat(r.header("Connection")).isNull();
        assertThat(r.body()).isEqualTo(content);
    }

    @Test
    void headAnswersWithTheHeadersAndNoBody() throws Exception {
        EmbeddedPeer p = peer("10.0.0.1");
        RawResponse r = p.exchange("HEAD " + n2r() + " HTTP/1.1\r\nRange: bytes=10-19\r\n\r\n");
        assertThat(r.status()).isEqualTo(206);
        assertThat(r.header("Content-Length")).isEqualTo("10");
        assertThat(r.header("Content-Range")).isEqualTo("bytes 10-19/100000");
        assertThat(p.unread()).isZero();
        assertThat(p.isOpen()).isTrue();
        assertThat(uploads.list()).as("a HEAD takes no slot").isEmpty();
    }

    @Test
    void anUnhashedFileIsServedByIndexAndNameOnly() throws Exception {
        byte[] notes = UploadFixtures.randomFile(shared.resolve("notes + ideas é.txt"), 500);
        SharedFile unhashed = library.shareUnhashed(shared.resolve("notes + ideas é.txt"));
        EmbeddedPeer p = peer("10.0.0.1");
        RawResponse r = p.exchange(get("/get/" + unhashed.index() + "/notes%20+%20ideas%20%C3%A9.txt", "Range: bytes=-100"));
        assertThat(r.status()).isEqualTo(206);
        assertThat(r.header("X-Gnutella-Content-URN")).isNull();
        assertThat(r.body()).isEqualTo(Arrays.copyOfRange(notes, 400, 500));
        assertThat(p.exchange(get("/get/" + unhashed.index() + "/notes.txt")).status()).as("another name").isEqualTo(404);
    }

    @Test
    void whatIsNotSharedIsNotFoundAndTheConnectionStays() throws Exception {
        library.shareUnhashed(shared.resolve("Blue Moon.ogg"));
        Path changed = shared.resolve("changed.bin");
        UploadFixtures.randomFile(changed, 100);
        SharedFile before = library.shareFile(changed);
        Files.write(changed, new byte[101]);
        EmbeddedPeer p = peer("10.0.0.1");
        for (String target : List.of("/uri-res/N2R?urn:sha1:" + "A".repeat(32), "/get/99/Blue%20Moon.ogg", "/get/4294967295/x",
                "/uri-res/N2R?urn:sha1:" + before.sha1().orElseThrow(), "/get/" + before.index() + "/changed.bin",
                "/get/1/Blue%20Moon.OGG", "/", "/uri-res/N2X?urn:sha1:" + song.sha1().orElseThrow())) {
            RawResponse r = p.exchange(get(target));
            assertThat(r.status()).as(target).isEqualTo(404);
            assertThat(r.body()).isEmpty();
        }
        assertThat(p.isOpen()).isTrue();
        assertThat(p.exchange(get("/get/1/Blue%20Moon.ogg")).body()).isEqualTo(content);
    }

    @Test
    void traversalAndMalformedRequestsGetA4xxAndNoFileBytes() throws Exception {
        String[] attacks = {"/get/1/../../etc/passwd", "/get/1/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/get/1/" + outside.resolve("passwd"),
                "/get/1/..%2f..%2f" + outside.getFileName() + "%2fpasswd", outside.resolve("passwd").toString(),
                "/get/1/Blue%20Moon.ogg%00.txt", "/get/1/Blue%20Moon.ogg/..", "/uri-res/N2R?urn:sha1:../../../etc/passwd",
                "/uri-res/N2R?urn:sha1:" + song.sha1().orElseThrow() + "%00", "/uri-res/N2R?urn:sha1:" + song.sha1().orElseThrow() + "junk",
                "/get/99999999999999999999999/x", "/get/-1/Blue%20Moon.ogg", "/get/%31/Blue%20Moon.ogg", "/get/1/%zz",
                "http://127.0.0.1/get/1/Blue%20Moon.ogg", "/uri-res/N2R?" + "urn:sha1:" + "%C3%28".repeat(16)};
        for (String target : attacks) {
            EmbeddedPeer p = peer("10.0.0.1");
            RawResponse r = p.exchange(get(target));
            assertThat(r.status()).as(target).isBetween(400, 499);
            assertThat(r.body()).as(target).isEmpty();
            assertThat(p.unread()).as(target).isZero();
        }
        EmbeddedPeer nul = peer("10.0.0.1").send("GET /get/1/Blue\u0000Moon.ogg HTTP/1.1\r\n\r\n");
        assertThat(nul.response(false).status()).isEqualTo(400);
        assertThat(nul.unread()).isZero();
    }

    @Test
    void aRequestTheDecoderCannotReadIsRefusedAndClosed() throws Exception {
        EmbeddedPeer bad = peer("10.0.0.1").send("GET /get/1/x HTTP/1.1\r\nNo colon here\r\n\r\n");
        assertThat(bad.response(false).status()).isEqualTo(400);
        assertThat(bad.isOpen()).isFalse();
        EmbeddedPeer line = peer("10.0.0.1").send("GET /get/1/" + "x".repeat(5000) + " HTTP/1.1\r\n\r\n");
        RawResponse r = line.response(false);
        assertThat(r.status()).isEqualTo(414);
        assertThat(r.header("Connection")).isEqualTo("close");
        assertThat(line.isOpen()).isFalse();
        EmbeddedPeer headers = peer("10.0.0.1").send("GET " + n2r() + " HTTP/1.1\r\nX-Big: " + "y".repeat(20_000) + "\r\n\r\n");
        assertThat(headers.response(false).status()).isEqualTo(431);
        assertThat(headers.isOpen()).isFalse();
    }

    @Test
    void otherMethodsAreNotImplementedOnAConnectionThatStays() throws Exception {
        EmbeddedPeer p = peer("10.0.0.1");
        RawResponse post = p.exchange("POST /upload HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello");
        assertThat(post.status()).isEqualTo(501);
        assertThat(p.isOpen()).isTrue();
        assertThat(p.exchange(get(n2r(), "Range: bytes=0-0")).body()).containsExactly(content[0]);
    }

    @Test
    void badRangesAre400AndRangesBeyondTheEnd416() throws Exception {
        EmbeddedPeer p = peer("10.0.0.1");
        assertThat(p.exchange(get(n2r(), "Range: bytes=9-3")).status()).isEqualTo(400);
        RawResponse beyond = p.exchange(get(n2r(), "Range: bytes=100000-"));
        assertThat(beyond.status()).isEqualTo(416);
        assertThat(beyond.header("Content-Range")).isEqualTo("bytes */100000");
        assertThat(p.exchange(get(n2r(), "Range: bytes=99999-")).body()).containsExactly(content[99_999]);
    }

    @Test
    void anHttp10RequestIsClosedAfterItsAnswerUnlessItAsksToKeepAlive() throws Exception {
        EmbeddedPeer p = peer("10.0.0.1").send("GET " + n2r() + " HTTP/1.0\r\nRange: bytes=0-9\r\n\r\n");
        RawResponse r = p.response(false);
        assertThat(r.header("Connection")).isEqualTo("close");
        assertThat(r.body()).isEqualTo(Arrays.copyOf(content, 10));
        assertThat(p.isOpen()).isFalse();
        EmbeddedPeer kept = peer("10.0.0.1").send("GET " + n2r() + " HTTP/1.0\r\nConnection: Keep-Alive\r\nRange: bytes=0-9\r\n\r\n");
        assertThat(kept.response(false).header("Connection")).isEqualTo("keep-alive");
        assertThat(kept.isOpen()).isTrue();
    }

    @Test
    void aQueuedDownloaderKeepsItsPlaceByPollingAndLosesItAfterPollMax() throws Exception {
        EmbeddedPeer sending = peer("10.0.0.1");
        sending.exchange(get(n2r(), "Range: bytes=0-9"));
        EmbeddedPeer waiting = peer("10.0.0.2");
        RawResponse queued = waiting.exchange(get(n2r(), "X-Queue: 0.1"));
        assertThat(queued.status()).isEqualTo(503);
        assertThat(queued.header("X-Queue")).isEqualTo("position=1,length=1,limit=1,pollMin=30,pollMax=90");
        assertThat(waiting.isOpen()).isTrue();
        assertThat(uploads.list()).extracting(UploadInfo::peer, UploadInfo::queuePosition)
                .containsExactly(tuple("10.0.0.1:40000", 0), tuple("10.0.0.2:40000", 1));
        EmbeddedPeer refused = peer("10.0.0.3");
        RawResponse busy = refused.exchange(get(n2r()));
        assertThat(busy.status()).isEqualTo(503);
        assertThat(busy.header("X-Queue")).isNull();
        assertThat(refused.isOpen()).as("no X-Queue: closed").isFalse();
        waiting.advanceSeconds(60);
        assertThat(waiting.exchange(get(n2r(), "X-Queue: 0.1")).header("X-Queue")).startsWith("position=1,");
        waiting.advanceSeconds(89);
        assertThat(waiting.isOpen()).isTrue();
        waiting.advanceSeconds(2);
        assertThat(waiting.isOpen()).as("did not poll within pollMax").isFalse();
        assertThat(uploads.list()).extracting(UploadInfo::peer).containsExactly("10.0.0.1:40000");
    }

    @Test
    void aSlotIsHeldForTheGraceAfterARangeThenGoesToTheQueuedHead() throws Exception {
        EmbeddedPeer sending = peer("10.0.0.1");
        EmbeddedPeer waiting = peer("10.0.0.2");
        sending.exchange(get(n2r(), "Range: bytes=0-9"));
        assertThat(waiting.exchange(get(n2r(), "X-Queue: 0.1")).status()).isEqualTo(503);
        sending.advanceSeconds(4);
        assertThat(sending.exchange(get(n2r(), "Range: bytes=10-19")).status()).as("still in its grace").isEqualTo(206);
        sending.advanceSeconds(6);
        assertThat(sending.isOpen()).isTrue();
        RawResponse turn = waiting.exchange(get(n2r(), "X-Queue: 0.1", "Range: bytes=20-29"));
        assertThat(turn.status()).isEqualTo(206);
        assertThat(turn.body()).isEqualTo(Arrays.copyOfRange(content, 20, 30));
        assertThat(sending.exchange(get(n2r(), "X-Queue: 0.1")).header("X-Queue")).startsWith("position=1,length=1,");
    }

    @Test
    void pushProxyRequestsGoToTheEndpoint() throws Exception {
        Guid leaf = Guid.fromHex("0123456789ABCDEF0123456789ABCDEF");
        EmbeddedPeer p = peer("10.0.0.1");
        String limeWire = "/gnutella/push-proxy?ServerId=" + leaf.base32() + "&file=5";
        assertThat(p.exchange(get(limeWire, "X-Node: 10.0.0.1:6346")).status()).as("no endpoint").isEqualTo(503);
        List<String> pushes = new ArrayList<>();
        PushProxyEndpoint endpoint = (guid, index, requester) -> {
            pushes.add(Guid.of(guid) + " " + index + " " + requester);
            return Guid.of(guid).equals(leaf);
        };
        uploads.bindPushProxy(endpoint);
        assertThat(p.exchange(get(limeWire, "X-Node: 10.0.0.1:6346")).status()).isEqualTo(202);
        assertThat(p.exchange(get("/gnet/push-proxy?guid=" + "F".repeat(32), "X-Node: 10.0.0.1:6346")).status()).isEqualTo(410);
        assertThat(p.exchange(get(limeWire)).status()).as("no X-Node").isEqualTo(400);
        assertThat(p.exchange(get(limeWire, "X-Node: nowhere")).status()).isEqualTo(400);
        assertThat(pushes).containsExactly(leaf + " 5 " + new InetSocketAddress("10.0.0.1", 6346),
                Guid.fromHex("F".repeat(32)) + " 0 " + new InetSocketAddress("10.0.0.1", 6346));
        uploads.unbindPushProxy(endpoint);
        assertThat(p.exchange(get(limeWire, "X-Node: 10.0.0.1:6346")).status()).isEqualTo(503);
    }
}
