package org.filbert.transport.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import org.filbert.wire.Bye;
import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireLimits;
import org.filbert.wire.vendor.Capabilities;
import org.filbert.wire.vendor.MessagesSupported;
import org.filbert.wire.vendor.VendorRegistry;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.filbert.api.network.PeerCounts;
import org.filbert.api.network.PeerInfo;
import org.filbert.api.network.PeerRole;
import org.filbert.api.node.Mode;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;

/** Real nodes' transports on 127.0.0.1 shaking hands with each other and with a raw socket. */
class HandshakeNetworkTest {

    @RegisterExtension
    final StartedNodes nodes = new StartedNodes();

    private NettyListener node(Mode mode, Object... overrides) throws Exception {
        return nodes.listener(mode, overrides);
    }

    private static PeerInfo connect(NettyListener from, NettyListener to) throws Exception {
        return from.connect(to.listenAddress()).toCompletableFuture().get(10, TimeUnit.SECONDS);
    }


    @Test
    void leafJoinsUltrapeerWithDeflateBothWaysAndKeepAlivePings() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER, "keepAliveSeconds", 1);
        NettyListener leaf = node(Mode.LEAF, "keepAliveSeconds", 1);
        PeerInfo fromLeaf = connect(leaf, up);
        assertThat(fromLeaf.role()).isEqualTo(PeerRole.ULTRAPEER);
        assertThat(fromLeaf.outgoing()).isTrue();
        assertThat(fromLeaf.userAgent()).isEqualTo("Filbert/test");
        assertThat(fromLeaf.compressedIn()).isTrue();
        assertThat(fromLeaf.compressedOut()).isTrue();
        TestSupport.until(() -> up.peerCounts().equals(new PeerCounts(0, 1)), "the ultrapeer holds one leaf");
        assertThat(leaf.peerCounts()).isEqualTo(new PeerCounts(1, 0));
        PeerInfo atUp = up.peers().get(0);
        assertThat(atUp.role()).isEqualTo(PeerRole.LEAF);
        assertThat(atUp.outgoing()).isFalse();
        // with a 1 s keep-alive both sides ping the quiet link and answer each other's pings
        TestSupport.until(() -> up.peers().get(0).messagesIn() >= 2 && leaf.peers().get(0).messagesIn() >= 2, "pings and pongs");
        assertThat(leaf.peers().get(0).dropped()).isZero();
    }

    @Test
    void ultrapeersConnectWithoutCompressionWhenOneDeclines() throws Exception {
        NettyListener a = node(Mode.ULTRAPEER);
        NettyListener b = node(Mode.ULTRAPEER, "deflate", false);
        PeerInfo info = connect(a, b);
        assertThat(info.role()).isEqualTo(PeerRole.ULTRAPEER);
        assertThat(info.compressedIn()).isFalse();
        assertThat(info.compressedOut()).isFalse();
        TestSupport.until(() -> b.peerCounts().equals(new PeerCounts(1, 0)), "b holds a");
    }

    @Test
    void aLeafRefusesLeavesAndAFullUltrapeerRefusesMore() throws Exception {
        NettyListener leafA = node(Mode.LEAF);
        NettyListener leafB = node(Mode.AUTO);
        assertThatThrownBy(() -> connect(leafA, leafB)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("refused: 503 Shielded leaf node");

        NettyListener up = node(Mode.ULTRAPEER, "maxLeaves", 1);
        connect(leafA, up);
        assertThatThrownBy(() -> connect(leafB, up)).hasMessageContaining("refused: 503 Too many leaves");
        assertThat(leafB.peerCounts().total()).isZero();
    }

    @Test
    void aSecondConnectionToTheSameServentOrToOurselvesIsRefused() throws Exception {
        NettyListener a = node(Mode.ULTRAPEER);
        NettyListener b = node(Mode.ULTRAPEER);
        connect(a, b);
        TestSupport.until(() -> b.peerCounts().total() == 1, "b holds a");
        assertThatThrownBy(() -> connect(b, a)).as("b knows where a listens from its Listen-IP")
                .hasMessageContaining("already connected to 127.0.0.1:" + a.listenAddress().getPort());
        assertThatThrownBy(() -> connect(a, a)).hasMessageContaining("refused: 409 Connected to self");
        assertThat(a.peerCounts().total()).isEqualTo(1);
        assertThat(b.peerCounts().total()).isEqualTo(1);
        String guid = "GUID: 0123456789abcdef0123456789abcdef\r\n";
        try (RawPeer first = RawPeer.connect(b.listenAddress(), true, guid)) {
            TestSupport.until(() -> b.peerCounts().total() == 2, "b took the first connection from that GUID");
            assertThatThrownBy(() -> RawPeer.connect(b.listenAddress(), true, guid)).as("a servent that announces no address")
                    .hasMessageContaining("refused: GNUTELLA/0.6 409 Already connected");
        }
    }

    @Test
    void disconnectSaysByeAndBothSidesForgetTheConnection() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER);
        NettyListener leaf = node(Mode.LEAF);
        PeerInfo info = connect(leaf, up);
        TestSupport.until(() -> up.peerCounts().total() == 1, "connected");
        assertThat(leaf.disconnect(info.id())).isTrue();
        TestSupport.until(() -> up.peerCounts().total() == 0 && leaf.peerCounts().total() == 0, "both sides dropped it");
        assertThat(leaf.disconnect(info.id())).isFalse();
    }

    @Test
    void aRawPeerThatBreaksFramingGetsAByeAndIsDropped() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER);
        InetSocketAddress at = up.listenAddress();
        try (Socket s = new Socket(at.getAddress(), at.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            out.write("GNUTELLA CONNECT/0.6\r\nUser-Agent: raw\r\nX-Ultrapeer: False\r\nBye-Packet: 0.1\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = readBlock(in);
            assertThat(answer).startsWith("GNUTELLA/0.6 200 OK\r\n").contains("X-Ultrapeer: True\r\n").containsPattern("GUID: [0-9a-f]{32}\r\n")
                    .contains("Remote-IP: 127.0.0.1\r\n").doesNotContain("Content-Encoding");
            out.write("GNUTELLA/0.6 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            TestSupport.until(() -> up.peerCounts().total() == 1, "registered");
            byte[] header = new byte[23];
            header[16] = (byte) 0x80; // a query
            header[17] = 3;
            header[19] = (byte) 0xFF; // length 0xFFFFFFFF: cannot be framed past
            header[20] = (byte) 0xFF;
            header[21] = (byte) 0xFF;
            header[22] = (byte) 0xFF;
            out.write(header);
            ByteBuf stream = Unpooled.wrappedBuffer(in.readAllBytes());
            List<Message> received = new ArrayList<>();
            while (stream.isReadable()) {
                received.add(Messages.decode(stream, WireLimits.DEFAULT));
            }
            assertThat(received).as("greeted with Messages-Supported and Features-Supported, then a Bye").hasSize(3);
            assertThat(VendorRegistry.standard().decode((VendorMessage) received.get(0), WireLimits.DEFAULT))
                    .isEqualTo(new MessagesSupported(VendorMessageHandler.SUPPORTED));
            assertThat(VendorRegistry.standard().decode((VendorMessage) received.get(1), WireLimits.DEFAULT))
                    .isInstanceOf(Capabilities.class);
            assertThat(received.get(2)).isInstanceOfSatisfying(Bye.class, b -> assertThat(b.code()).isEqualTo(PeerHandler.BYE_PROTOCOL));
        }
        TestSupport.until(() -> up.peerCounts().total() == 0, "dropped");
    }

    @Test
    void aMalformedMessageIsCountedAndTheConnectionStays() throws Exception {
        NettyListener up = node(Mode.ULTRAPEER);
        InetSocketAddress at = up.listenAddress();
        try (Socket s = new Socket(at.getAddress(), at.getPort())) {
            OutputStream out = s.getOutputStream();
            out.write("GNUTELLA CONNECT/0.6\r\nX-Ultrapeer: False\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            readBlock(s.getInputStream());
            out.write("GNUTELLA/0.6 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            byte[] pong = new byte[23 + 3];
            pong[16] = 0x01; // a pong needs 14 bytes; this one has 3
            pong[17] = 1;
            pong[19] = 3;
            out.write(pong);
            TestSupport.until(() -> up.peerCounts().total() == 1 && up.peers().get(0).dropped() == 1, "the bad pong counted");
        }
    }

    private static String readBlock(InputStream in) throws Exception {
        StringBuilder b = new StringBuilder();
        while (!b.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            b.append((char) c);
        }
        return b.toString();
    }
}
