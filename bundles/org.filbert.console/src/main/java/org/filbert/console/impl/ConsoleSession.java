package org.filbert.console.impl;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.filbert.api.console.ConsoleFrame;
import org.filbert.api.console.ConsoleFrame.Kind;
import org.filbert.api.shell.CommandHelp;

/**
 * One console client: checks its token, then runs each command in a Gogo session of its
 * own (variables persist between commands; unscoped names look in {@code filbert} first)
 * and answers with the output and whether it succeeded. Runs on one pooled thread;
 * {@link #closeWhenIdle()} may be called from any thread.
 */
final class ConsoleSession implements Runnable {

    private final Socket socket;
    private final CommandProcessor processor;
    private final ConsoleConfig config;
    private final byte[] token;
    private boolean busy;
    private boolean closing;

    ConsoleSession(Socket socket, CommandProcessor processor, ConsoleConfig config, String token) {
        this.socket = socket;
        this.processor = processor;
        this.config = config;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void run() {
        CappedOutput output = new CappedOutput(config.maxOutputBytes());
        try (socket;
                PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
                CommandSession session = processor.createSession(InputStream.nullInputStream(), print, print)) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
            if (!authenticated(in, out)) {
                return;
            }
            session.put("SCOPE", CommandHelp.SCOPE + ":*");
            while (true) {
                ConsoleFrame request = ConsoleFrame.readFrom(in, config.maxCommandBytes());
                if (request.kind() != Kind.COMMAND || !begin()) {
                    return;
                }
                try {
                    answer(session, request.text(), output, out);
                } finally {
                    end();
                }
            }
        } catch (EOFException e) {
            // the client went away
        } catch (IOException e) {
            // the client broke the protocol or the socket was closed on shutdown
        }
    }

    private boolean authenticated(DataInputStream in, DataOutputStream out) throws IOException {
        socket.setSoTimeout(config.tokenTimeoutMillis());
        ConsoleFrame first = ConsoleFrame.readFrom(in, 256);
        socket.setSoTimeout(0);
        if (first.kind() == Kind.TOKEN && MessageDigest.isEqual(token, first.text().trim().getBytes(StandardCharsets.UTF_8))) {
            new ConsoleFrame(Kind.DONE, "").writeTo(out);
            return true;
        }
        new ConsoleFrame(Kind.FAILED, "wrong console token: read it from DATA/" + ConsoleFrame.TOKEN_FILE).writeTo(out);
        return false;
    }

    private void answer(CommandSession session, String command, CappedOutput output, DataOutputStream out) throws IOException {
        ConsoleFrame verdict;
        try {
            Object result = session.execute(command);
            if (result != null) {
                session.getConsole().println(session.format(result, Converter.INSPECT));
            }
            verdict = new ConsoleFrame(Kind.DONE, "");
        } catch (Exception e) {
            verdict = new ConsoleFrame(Kind.FAILED, oneLine(e));
        }
        String text = output.take();
        if (!text.isEmpty()) {
            new ConsoleFrame(Kind.OUTPUT, text).writeTo(out);
        }
        verdict.writeTo(out);
    }

    /** The first line of an exception's message, or its type when it has none. */
    static String oneLine(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    private synchronized boolean begin() {
        busy = true;
        return !closing;
    }

    private synchronized void end() throws IOException {
        busy = false;
        if (closing) {
            socket.close();
        }
    }

    /** Closes the connection now if no command is running, else once it has answered. */
    synchronized void closeWhenIdle() {
        closing = true;
        if (!busy) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }
}
