package org.filbert.itest;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.filbert.api.console.ConsoleFrame;
import org.filbert.api.console.ConsoleFrame.Kind;

/** A real TCP client of the node console, as ./filbert exec is. Not thread-safe. */
final class ConsoleConnection implements AutoCloseable {

    /** A command's answer: its output and, when it failed, the reason. */
    record Answer(String output, String failure) {
    }

    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    ConsoleConnection(Path data, String token) throws IOException {
        int port = Integer.parseInt(Files.readString(data.resolve(ConsoleFrame.PORT_FILE)).trim());
        socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.setSoTimeout(20_000);
        in = new DataInputStream(socket.getInputStream());
        out = new DataOutputStream(socket.getOutputStream());
        new ConsoleFrame(Kind.TOKEN, token).writeTo(out);
    }

    static ConsoleConnection open(Path data) throws IOException {
        ConsoleConnection c = new ConsoleConnection(data, Files.readString(data.resolve(ConsoleFrame.TOKEN_FILE)).trim());
        ConsoleFrame welcome = c.read();
        if (welcome.kind() != Kind.DONE) {
            throw new IOException("console refused the token: " + welcome.text());
        }
        return c;
    }

    ConsoleFrame read() throws IOException {
        return ConsoleFrame.readFrom(in, 1 << 20);
    }

    Answer run(String command) throws IOException {
        new ConsoleFrame(Kind.COMMAND, command).writeTo(out);
        StringBuilder output = new StringBuilder();
        while (true) {
            ConsoleFrame f = read();
            switch (f.kind()) {
                case OUTPUT -> output.append(f.text());
                case DONE -> {
                    return new Answer(output.toString(), null);
                }
                case FAILED -> {
                    return new Answer(output.toString(), f.text());
                }
                default -> throw new IOException("unexpected " + f);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
