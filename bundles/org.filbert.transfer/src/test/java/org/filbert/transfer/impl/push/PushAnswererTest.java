package org.filbert.transfer.impl.push;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.api.network.PeerRole;
import org.filbert.api.node.NodeInfo;
import org.filbert.library.api.Library;
import org.filbert.routing.testing.RecordingPeer;
import org.filbert.routing.testing.Stubs;
import org.filbert.transfer.impl.HttpEndpoint;
import org.filbert.wire.Guid;
import org.filbert.wire.Ipv4Address;
import org.filbert.wire.Push;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.GgepBlock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.LineBasedFrameDecoder;
import io.netty.handler.codec.string.StringDecoder;

/** Answering a push over a real socket on 127.0.0.1: the GIV line, then HTTP on that connection. */
class PushAnswererTest {

    /** Serves one request: records its lines and answers 200 with "ok" after the blank line. */
    private static final class LineHttp implements HttpEndpoint {
        final List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        public void serve(Channel channel) {
            channel.pipeline().addLast(new LineBasedFrameDecoder(1024), new StringDecoder(StandardCharsets.US_ASCII),
                    new SimpleChannelInboundHandler<String>() {
                        @Override
                        protected void channelRead0(ChannelHandlerContext ctx, String line) {
                            lines.add(line.strip());
                            if (line.isBlank()) {
                                ctx.writeAndFlush(Unpooled.copiedBuffer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok",
                                        StandardCharsets.US_ASCII));
                            }
                        }
                    });
        }
    }

    private final Guid self = Guid.random();
    private final PushAnswerer answerer = new PushAnswerer(Stubs.config(PushConfig.class),
            Stubs.answering(NodeInfo.class, Map.of("serventGuid", self.bytes())), Stubs.quietLogger());
    private final LineHttp http = new LineHttp();
    private final RecordingPeer from = new RecordingPeer(PeerRole.ULTRAPEER);

    @AfterEach
    void stop() {
        answerer.deactivate();
    }

    private Push push(long index, int port) {
        return new Push(Routing.direct(Guid.random()), self, index, Ipv4Address.of(127, 0, 0, 1), port, GgepBlock.EMPTY);
    }

    private static String readUntil(InputStream in, String end) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        while (!got.toString(StandardCharsets.US_ASCII).endsWith(end)) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            got.write(b);
        }
        return got.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void connectsSaysGivAndHandsTheConnectionToTheHttpServer() throws Exception {
        answerer.bindHttp(http);
        answerer.bindLibrary(Stubs.answering(Library.class, Map.of("byIndex",
                Optional.of(new Library.SharedFile(7, Path.of("music", "Blue Moon.ogg"), 4, Optional.empty())))));
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(20_000);
            answerer.push(push(7, server.getLocalPort()), from);
            try (Socket s = server.accept()) {
                s.setSoTimeout(20_000);
                assertThat(readUntil(s.getInputStream(), "\n\n")).isEqualTo("GIV 7:" + self.hex().toUpperCase() + "/Blue%20Moon.ogg\n\n");
                s.getOutputStream().write("GET /get/7/Blue%20Moon.ogg HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                assertThat(readUntil(s.getInputStream(), "ok")).startsWith("HTTP/1.1 200 OK").endsWith("ok");
            }
        }
        assertThat(http.lines).containsExactly("GET /get/7/Blue%20Moon.ogg HTTP/1.1", "Host: 127.0.0.1", "");
    }

    @Test
    void theSamePushIsAnsweredAgainOnceTheConnectionThatAnsweredItClosed() throws Exception {
        answerer.bindHttp(http);
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(100);
            List<String> givs = new java.util.ArrayList<>();
            for (int i = 0; i < 200 && givs.size() < 2; i++) {
                answerer.push(push(3, server.getLocalPort()), from);
                try (Socket s = server.accept()) {
                    s.setSoTimeout(20_000);
                    givs.add(readUntil(s.getInputStream(), "\n\n"));
                } catch (java.net.SocketTimeoutException e) {
                    // our close has not reached the answerer yet: a duplicate; push again
                }
            }
            assertThat(givs).as("a second connection once the first closed").hasSize(2).allMatch(g -> g.startsWith("GIV 3:"));
        }
    }

    @Test
    void aDuplicatePushIsNotAnsweredAndAnUnknownIndexIsGivenAsFile() throws Exception {
        answerer.bindHttp(http);
        try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout(20_000);
            answerer.push(push(1, server.getLocalPort()), from);
            answerer.push(push(1, server.getLocalPort()), from);
            answerer.push(push(2, server.getLocalPort()), from);
            try (Socket first = server.accept(); Socket second = server.accept()) {
                first.setSoTimeout(20_000);
                second.setSoTimeout(20_000);
                assertThat(readUntil(first.getInputStream(), "\n\n")).isEqualTo("GIV 1:" + self.hex().toUpperCase() + "/file\n\n");
                assertThat(readUntil(second.getInputStream(), "\n\n")).as("the duplicate of index 1 never connected")
                        .startsWith("GIV 2:");
            }
        }
    }
}
