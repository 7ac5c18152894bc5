package org.filbert.transfer.impl.download;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.filbert.api.network.NetworkStatus;
import org.filbert.api.node.NodeInfo;
import org.filbert.api.transfer.FileSource;
import org.filbert.routing.testing.Stubs;
import org.filbert.transfer.api.DownloadInfo;
import org.filbert.transfer.api.DownloadInfo.State;
import org.filbert.transfer.api.SourceInfo;
import org.filbert.transfer.api.SourceInfo.Reach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;

/**
 * A firewalled source reached through its push proxy: the proxy (an HTTP server here) is
 * asked with /gnet/push-proxy and X-Node, the "firewalled servent" connects to our port,
 * says GIV, and serves the ranges we ask on that connection.
 */
class PushDownloadTest {

    private static final String GUID = "0123456789ABCDEF0123456789ABCDEF";
    /** Case-sensitive, as LimeWire reads it: a {@code range:} header is not a range there. */
    private static final Pattern RANGE = Pattern.compile("Range: bytes=(\\d+)-(\\d+)");

    @TempDir
    Path data;
    private final NioEventLoopGroup loop = new NioEventLoopGroup(1);
    private HttpServer proxy;
    private DownloadComponent downloads;
    private final List<String> proxyRequests = new CopyOnWriteArrayList<>();
    private final List<String> rangesServed = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (downloads != null) {
            downloads.deactivate();
        }
        if (proxy != null) {
            proxy.stop(0);
        }
        loop.shutdownGracefully();
    }

    @Test
    void aFirewalledSourceIsPushedThroughItsProxyAndServesOverItsGivConnection() throws Exception {
        byte[] file = DownloadComponentTest.content(300_000, 11);
        String sha1 = DownloadComponentTest.sha1(file);
        NodeInfo node = Stubs.answering(NodeInfo.class, Map.of("dataDirectory", data, "version", "test"));
        downloads = new DownloadComponent(Stubs.config(DownloadConfig.class, "chunkBytes", 100_000), node, Stubs.quietLogger());
        Channel listener = new ServerBootstrap().group(loop).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        downloads.accept(ch);
                    }
                }).bind("127.0.0.1", 0).sync().channel();
        downloads.bindNetwork(Stubs.answering(NetworkStatus.class, Map.of("listenAddress", listener.localAddress())));

        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4);
        proxy.createContext("/", x -> {
            proxyRequests.add(x.getRequestURI() + " X-Node: " + x.getRequestHeaders().getFirst("X-Node"));
            String[] node2 = x.getRequestHeaders().getFirst("X-Node").split(":");
            x.sendResponseHeaders(202, -1);
            x.close();
            new Thread(() -> firewalledServent(new InetSocketAddress(node2[0], Integer.parseInt(node2[1])), file)).start();
        });
        proxy.start();

        FileSource firewalled = new FileSource(new InetSocketAddress("127.0.0.1", 9), GUID, 5, true, List.of(proxy.getAddress()), "GTKG");
        int id = downloads.start(sha1, "pushed.bin", file.length, List.of(firewalled)).id();
        DownloadInfo done = null;
        for (int i = 0; i < 400 && (done == null || done.state() != State.COMPLETE && done.state() != State.FAILED); i++) {
            Thread.sleep(50);
            done = downloads.list().get(0);
        }
        assertThat(done.id()).isEqualTo(id);
        assertThat(done.state()).as(done.problem()).isEqualTo(State.COMPLETE);
        assertThat(Files.readAllBytes(done.file())).isEqualTo(file);
        assertThat(rangesServed).as("every request had a Range header as LimeWire reads it").hasSize(3).doesNotContain("none");
        assertThat(done.sources()).singleElement().extracting(SourceInfo::reach, SourceInfo::via, SourceInfo::received)
                .containsExactly(Reach.PUSH_PROXY, "127.0.0.1:" + proxy.getAddress().getPort(), (long) file.length);
        assertThat(proxyRequests.get(0)).isEqualTo("/gnet/push-proxy?guid=" + GUID + "&file=5 X-Node: " + "127.0.0.1:"
                + ((InetSocketAddress) listener.localAddress()).getPort());
        listener.close();
    }

    /** What a firewalled servent does when pushed: connects, says GIV, then serves ranges. */
    private void firewalledServent(InetSocketAddress downloader, byte[] file) {
        try (Socket s = new Socket(downloader.getAddress(), downloader.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write(("GIV 5:" + GUID + "/pushed.bin\n\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.ISO_8859_1));
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    return;
                }
                int start = 0;
                int end = file.length - 1;
                boolean ranged = false;
                for (; line != null && !line.isEmpty(); line = in.readLine()) {
                    Matcher m = RANGE.matcher(line);
                    if (m.matches()) {
                        start = Integer.parseInt(m.group(1));
                        end = Math.min(end, Integer.parseInt(m.group(2)));
                        ranged = true;
                    }
                }
                rangesServed.add(ranged ? start + "-" + end : "none");
                String head = ranged ? "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + start + "-" + end + "/" + file.length + "\r\n"
                        : "HTTP/1.1 200 OK\r\n";
                out.write((head + "Content-Length: " + (end - start + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(file, start, end - start + 1);
                out.flush();
            }
        } catch (java.io.IOException e) {
            // the downloader closed the connection when it had everything
        }
    }
}
