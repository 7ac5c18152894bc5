package org.filbert.launcher;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import org.filbert.api.console.ConsoleFrame;
import org.filbert.api.console.ConsoleFrame.Kind;

/**
 * A client of a node's console on 127.0.0.1: finds the port and token in the data
 * directory (or takes the port given), connects, and runs commands one at a time,
 * copying their output to a stream. Not thread-safe.
 */
final class ConsoleClient implements AutoCloseable {

    /** Largest output frame accepted from the node. */
    static final int MAX_FRAME = 64 * 1024 * 1024;

    /** How a command ended: {@code failure} is null when it succeeded. */
    record Outcome(String failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private final Path data;
    private final Integer port;
    private Socket socket;
    private DataInputStream in;
    private DataOutputStream out;

    ConsoleClient(Path data, Integer port) {
        this.data = data;
        this.port = port;
    }

    /**
     * Connects, waiting up to {@code patience} for a starting node to publish its console.
     *
     * @throws UsageException when no node runs with this data directory, or it does not answer in time
     */
    void connect(Duration patience) throws IOException, UsageException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                open();
                return;
            } catch (NoSuchFileException | ConnectException e) {
                if (!nodeRuns()) {
                    throw new UsageException("no node is running with data directory " + data
                            + "; start one with ./filbert --headless" + (data.toString().isEmpty() ? "" : " --data " + data));
                }
                if (System.nanoTime() > deadline) {
                    throw new UsageException("the node with data directory " + data + " did not open its console within "
                            + patience.toSeconds() + " s");
                }
                sleep();
            }
        }
    }

    private void open() throws IOException, UsageException {
        String token = Files.readString(data.resolve(ConsoleFrame.TOKEN_FILE)).trim();
        int p = port != null ? port : Integer.parseInt(Files.readString(data.resolve(ConsoleFrame.PORT_FILE)).trim());
        Socket s = new Socket();
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), p), 5000);
        socket = s;
        in = new DataInputStream(new BufferedInputStream(s.getInputStream()));
        out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
        new ConsoleFrame(Kind.TOKEN, token).writeTo(out);
        ConsoleFrame answer = ConsoleFrame.readFrom(in, MAX_FRAME);
        if (answer.kind() != Kind.DONE) {
            close();
            throw new UsageException("the console refused us: " + answer.text());
        }
    }

    /** True while some process holds the data directory's lock. */
    private boolean nodeRuns() throws IOException {
        Path lockFile = data.resolve("filbert.lock");
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    boolean connected() {
        return socket != null && !socket.isClosed();
    }

    /** Runs one command, copying its output to {@code to}. */
    Outcome run(String command, PrintStream to) throws IOException {
        new ConsoleFrame(Kind.COMMAND, command).writeTo(out);
        while (true) {
            ConsoleFrame frame = ConsoleFrame.readFrom(in, MAX_FRAME);
            switch (frame.kind()) {
                case OUTPUT -> {
                    to.print(frame.text());
                    to.flush();
                }
                case DONE -> {
                    return new Outcome(null);
                }
                case FAILED -> {
                    return new Outcome(frame.text());
                }
                default -> throw new IOException("unexpected console frame " + frame.kind());
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
