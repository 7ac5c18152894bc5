package org.filbert.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell: reads lines with JLine (editing, history in DATA/history) and runs
 * them on a node's console, reconnecting when the console bundle has been swapped; Tab
 * completes command names, with and without their scope, as the node knows them. Ctrl-D,
 * {@code exit} or Ctrl-C on an empty line leave; Ctrl-C on a line clears it. Without a
 * terminal it reads commands from standard input until it ends. Not thread-safe.
 */
final class ConsoleRepl {

    static final String PROMPT = "filbert> ";

    private final ConsoleClient client;
    private final Path data;
    private volatile List<String> commandNames = List.of();
    private volatile Terminal terminal;
    private volatile boolean reading;

    ConsoleRepl(ConsoleClient client, Path data) {
        this.client = client;
        this.data = data;
    }

    void run() throws IOException, UsageException {
        client.connect(Duration.ofSeconds(60));
        refreshCommandNames();
        try (Terminal terminal = TerminalBuilder.builder().name("filbert").system(true).dumb(true).build()) {
            this.terminal = terminal;
            this.reading = true;
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("filbert")
                    .variable(LineReader.HISTORY_FILE, data.resolve("history"))
                    .variable(LineReader.HISTORY_SIZE, 1000)
                    .completer(new StringsCompleter(() -> commandNames))
                    .build();
            PrintStream out = new PrintStream(terminal.output(), true, terminal.encoding());
            out.println("Filbert shell: 'help' lists commands, 'exit' or Ctrl-D leaves, 'stop' stops the node.");
            while (true) {
                String line;
                try {
                    line = reader.readLine(PROMPT).trim();
                } catch (UserInterruptException e) {
                    if (e.getPartialLine().isBlank()) {
                        return;
                    }
                    continue;
                } catch (EndOfFileException e) {
                    return;
                }
                if (line.equals("exit") || line.equals("quit")) {
                    return;
                }
                if (!line.isEmpty() && !runOne(line, out)) {
                    return;
                }
            }
        } finally {
            reading = false;
            client.close();
        }
    }

    /** Runs a line; false when the node has gone away. */
    private boolean runOne(String line, PrintStream out) throws UsageException {
        try {
            if (!client.connected()) {
                client.connect(Duration.ofSeconds(10));
                refreshCommandNames();
            }
            ConsoleClient.Outcome outcome = client.run(line, out);
            if (!outcome.ok()) {
                out.println("error: " + outcome.failure());
            }
            return true;
        } catch (IOException e) {
            closeQuietly();
            try {
                client.connect(Duration.ofSeconds(10));
                refreshCommandNames();
                out.println("error: the console connection was lost (a bundle swap?) and is back; run the command again");
                return true;
            } catch (IOException | UsageException gone) {
                out.println("the node has stopped");
                return false;
            }
        }
    }

    /**
     * Tells a shell still open that the node has stopped by other means ({@code exec stop}, a
     * signal) and restores the terminal.
     *
     * @return true when the shell was open: its thread is blocked in a terminal read that
     *         nothing can end, so the caller must end the process
     */
    boolean nodeStopped() {
        Terminal t = terminal;
        if (reading && t != null) {
            t.writer().println();
            t.writer().println("the node has stopped");
            t.writer().flush();
            try {
                t.close();
            } catch (IOException e) {
                // the process ends either way
            }
            return true;
        }
        return false;
    }

    /** Asks the node for its commands ({@code scope:function}) and offers both spellings. */
    private void refreshCommandNames() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (client.run("echo ${.commands}", new PrintStream(bytes, true, StandardCharsets.UTF_8)).ok()) {
            commandNames = CommandNames.parse(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    private void closeQuietly() {
        try {
            client.close();
        } catch (IOException e) {
            // already broken
        }
    }
}
