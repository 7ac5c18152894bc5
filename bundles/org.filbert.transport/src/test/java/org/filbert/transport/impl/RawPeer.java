package org.filbert.transport.impl;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import org.filbert.wire.Message;
import org.filbert.wire.Messages;
import org.filbert.wire.WireLimits;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * A hand-driven Gnutella peer on a plain socket, for tests that need to send exactly what a
 * real servent would: completes an uncompressed 0.6 handshake as a leaf or ultrapeer, then
 * writes and reads messages with the wire codec. Not thread-safe; one test thread.
 */
final class RawPeer implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final DataInputStream in;

    private RawPeer(Socket socket) throws IOException {
        this.socket = socket;
        this.out = socket.getOutputStream();
        this.in = new DataInputStream(socket.getInputStream());
        socket.setSoTimeout(10_000);
    }

    /** Connects and completes the handshake; {@code extraHeaders} are lines such as {@code "X-Foo: 1\r\n"}. */
    static RawPeer connect(InetSocketAddress node, boolean ultrapeer, String extraHeaders) throws IOException {
        return connect(node, ultrapeer, "RawPeer/1", extraHeaders);
    }

    /** As {@link #connect(InetSocketAddress, boolean, String)}, introducing itself as {@code agent}. */
    static RawPeer connect(InetSocketAddress node, boolean ultrapeer, String agent, String extraHeaders) throws IOException {
        return connect(node, null, ultrapeer, agent, extraHeaders);
    }

    /** As {@link #connect(InetSocketAddress, boolean, String, String)}, from local address {@code from} (null: any). */
    static RawPeer connect(InetSocketAddress node, InetAddress from, boolean ultrapeer, String agent, String extraHeaders) throws IOException {
        RawPeer peer = new RawPeer(new Socket(node.getAddress(), node.getPort(), from, 0));
        peer.write("GNUTELLA CONNECT/0.6\r\nUser-Agent: " + agent + "\r\nX-Ultrapeer: " + (ultrapeer ? "True" : "False")
                + "\r\n" + extraHeaders + "\r\n");
        String answer = peer.readBlock();
        if (!answer.startsWith("GNUTELLA/0.6 200")) {
            throw new IOException("refused: " + answer.lines().findFirst().orElse(""));
        }
        peer.write("GNUTELLA/0.6 200 OK\r\n\r\n");
        return peer;
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
    }

    private String readBlock() throws IOException {
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

    void send(Message message) throws IOException {
        ByteBuf buf = Unpooled.buffer();
        Messages.encode(message, buf);
        byte[] bytes = new byte[buf.readableBytes()];
        buf.readBytes(bytes);
        out.write(bytes);
    }

    /** Reads messages until one matches (others are skipped); fails on timeout or close. */
    Message next(Predicate<Message> wanted) throws Exception {
        while (true) {
            byte[] header = new byte[23];
            in.readFully(header);
            int length = (header[19] & 0xFF) | (header[20] & 0xFF) << 8 | (header[21] & 0xFF) << 16 | (header[22] & 0xFF) << 24;
            byte[] whole = new byte[23 + length];
            System.arraycopy(header, 0, whole, 0, 23);
            in.readFully(whole, 23, length);
            Message m = Messages.decode(Unpooled.wrappedBuffer(whole), WireLimits.DEFAULT);
            if (wanted.test(m)) {
                return m;
            }
        }
    }

    InputStream input() {
        return in;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
