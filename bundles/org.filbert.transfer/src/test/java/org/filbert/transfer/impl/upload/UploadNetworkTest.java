package org.filbert.transfer.impl.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.filbert.library.api.Library.SharedFile;
import org.filbert.transfer.api.UploadInfo;
import org.filbert.transfer.impl.mesh.MeshComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * The upload server on a real Netty server on 127.0.0.1 (bodies as file regions), spoken to by
 * plain sockets from 127.0.0.x: whole files and ranges byte for byte, keep-alive, slots and the
 * queue across hosts, the mesh.
 */
class UploadNetworkTest {

    private static final int SIZE = 3 * 1024 * 1024 + 17;

    @TempDir
    Path shared;

    private final FolderLibrary library = new FolderLibrary();
    private final MeshComponent mesh = UploadFixtures.mesh();
    private EventLoopGroup loops;
    private Channel server;
    private UploadComponent uploads;
    private byte[] content;
    private String n2r;

    @BeforeEach
    void start() throws Exception {
        content = UploadFixtures.randomFile(shared.resolve("big.bin"), SIZE);
        SharedFile big = library.shareFile(shared.resolve("big.bin"));
        n2r = "/uri-res/N2R?urn:sha1:" + big.sha1().orElseThrow();
        uploads = UploadFixtures.uploads(library, mesh, "uploadSlots", 1, "slotGraceSeconds", 600);
        loops = new NioEventLoopGroup(2);
        server = new ServerBootstrap().group(loops).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        uploads.serve(ch);
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
    }

    @AfterEach
    void stop() throws Exception {
        uploads.deactivate();
        server.close().sync();
        loops.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    /** A plain socket from {@code ip} (127.0.0.x) to the server. */
    private Socket connect(String ip) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(ip, 0));
        socket.connect(server.localAddress(), 10_000);
        socket.setSoTimeout(20_000);
        return socket;
    }

    private static RawResponse exchange(Socket socket, String request) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return RawResponse.read(socket.getInputStream(), request.startsWith("HEAD "));
    }

    private static String get(String target, String... headers) {
        StringBuilder b = new StringBuilder("GET ").append(target).append(" HTTP/1.1\r\nUser-Agent: Test/1.0\r\n");
        Arrays.stream(headers).forEach(h -> b.append(h).append("\r\n"));
        return b.append("\r\n").toString();
    }

    private static boolean closedByServer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        return in.read() < 0;
    }

    private static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void sendsTheWholeFileByteForByte() throws Exception {
        try (Socket s = connect("127.0.0.1")) {
            RawResponse r = exchange(s, get(n2r));
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.header("Content-Length")).isEqualTo(Integer.toString(SIZE));
            assertThat(r.body()).isEqualTo(content);
        }
    }

    @Test
    void sendsTheThreeRangeFormsOnOneKeptAliveConnection() throws Exception {
        try (Socket s = connect("127.0.0.1")) {
            RawResponse first = exchange(s, get(n2r, "Range: bytes=1000-1999999"));
            assertThat(first.status()).isEqualTo(206);
            assertThat(first.header("Content-Range")).isEqualTo("bytes 1000-1999999/" + SIZE);
            assertThat(first.body()).isEqualTo(Arrays.copyOfRange(content, 1000, 2_000_000));
            RawResponse open = exchange(s, get(n2r, "Range: bytes=3000000-"));
            assertThat(open.header("Content-Range")).isEqualTo("bytes 3000000-" + (SIZE - 1) + "/" + SIZE);
            assertThat(open.body()).isEqualTo(Arrays.copyOfRange(content, 3_000_000, SIZE));
            RawResponse suffix = exchange(s, get(n2r, "Range: bytes=-17"));
            assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(content, SIZE - 17, SIZE));
            until(() -> uploads.list().get(0).sent() == 17);
            assertThat(uploads.list()).singleElement().satisfies(u -> {
                assertThat(u.agent()).isEqualTo("Test/1.0");
                assertThat(u.name()).isEqualTo("big.bin");
                assertThat(u.start()).isEqualTo(SIZE - 17);
            });
        }
    }

    @Test
    void queuesThoseThatAskAndGivesTheFreedSlotToTheHeadWhenItPolls() throws Exception {
        try (Socket sending = connect("127.0.0.2"); Socket waiting = connect("127.0.0.3"); Socket impatient = connect("127.0.0.4")) {
            assertThat(exchange(sending, get(n2r, "Range: bytes=0-99")).status()).isEqualTo(206);
            RawResponse queued = exchange(waiting, get(n2r, "X-Queue: 0.1", "Range: bytes=100-199"));
            assertThat(queued.status()).isEqualTo(503);
            assertThat(queued.header("X-Queue")).isEqualTo("position=1,length=1,limit=1,pollMin=30,pollMax=90");
            RawResponse busy = exchange(impatient, get(n2r));
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.header("Connection")).isEqualTo("close");
            assertThat(closedByServer(impatient)).isTrue();
            assertThat(uploads.list()).extracting(UploadInfo::queuePosition).containsExactly(0, 1);

            sending.close();
            until(() -> uploads.list().stream().allMatch(u -> u.queuePosition() > 0));
            RawResponse turn = exchange(waiting, get(n2r, "X-Queue: 0.1", "Range: bytes=100-199"));
            assertThat(turn.status()).isEqualTo(206);
            assertThat(turn.body()).isEqualTo(Arrays.copyOfRange(content, 100, 200));
        }
    }

    @Test
    void learnsTheRequestersAltLocationsAndAdvertisesThemToOthersOnly() throws Exception {
        try (Socket first = connect("127.0.0.2")) {
            RawResponse r = exchange(first, get(n2r, "Range: bytes=0-0", "X-Alt: 10.0.0.1:6346, 127.0.0.2:7000, tls=C0, bad"));
            assertThat(r.header("X-Alt")).isNull();
        }
        String sha1 = n2r.substring(n2r.lastIndexOf(':') + 1);
        assertThat(mesh.of(sha1, 10)).containsExactlyInAnyOrder(new InetSocketAddress("10.0.0.1", 6346), new InetSocketAddress("127.0.0.2", 7000));
        try (Socket again = connect("127.0.0.2")) {
            until(() -> uploads.list().isEmpty());
            assertThat(exchange(again, "HEAD " + n2r + " HTTP/1.1\r\n\r\n").header("X-Alt")).isEqualTo("10.0.0.1:6346");
        }
        try (Socket other = connect("127.0.0.3")) {
            String alts = exchange(other, "HEAD " + n2r + " HTTP/1.1\r\n\r\n").header("X-Alt");
            assertThat(alts.split(", ")).containsExactlyInAnyOrder("10.0.0.1:6346", "127.0.0.2:7000");
        }
    }
}
