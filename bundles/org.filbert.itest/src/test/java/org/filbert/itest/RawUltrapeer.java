package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.filbert.wire.Guid;
import org.filbert.wire.Messages;
import org.filbert.wire.Query;
import org.filbert.wire.Routing;
import org.filbert.wire.ggep.ExtensionBlock;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A hand-driven ultrapeer on a plain socket, for tests inside the framework: completes an
 * uncompressed 0.6 handshake, sends numbered queries, checks the connection is still open.
 * Stateless; one test thread per socket.
 */
final class RawUltrapeer {

    private RawUltrapeer() {
    }

    /** Shakes hands as an ultrapeer; {@code extraHeaders} are lines such as {@code "X-Foo: 1\r\n"}. */
    static void handshake(Socket s, String extraHeaders) throws Exception {
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        out.write(("GNUTELLA CONNECT/0.6\r\nUser-Agent: itest\r\nX-Ultrapeer: True\r\n" + extraHeaders + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        StringBuilder answer = new StringBuilder();
        while (!answer.toString().endsWith("\r\n\r\n")) {
            answer.append((char) in.read());
        }
        assertThat(answer.toString()).startsWith("GNUTELLA/0.6 200");
        out.write("GNUTELLA/0.6 200 OK\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }

    static void sendQuery(Socket s, int n) throws Exception {
        byte[] g = new byte[16];
        g[0] = (byte) n;
        g[8] = (byte) 0xFF;
        ByteBuf buf = Unpooled.buffer();
        Messages.encode(new Query(new Routing(Guid.of(g), 2, 0), Query.FLAG_NEW_SEMANTICS, "swap " + n, ExtensionBlock.EMPTY), buf);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        buf.release();
        s.getOutputStream().write(bytes);
    }

    static void assertOpen(Socket s) throws Exception {
        s.setSoTimeout(200);
        try {
            int b = s.getInputStream().read();
            assertThat(b).as("the connection must not be closed").isNotEqualTo(-1);
        } catch (SocketTimeoutException stillOpen) {
            // nothing to read: open
        }
    }
}
