package org.filbert.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive shell: reads lines with JLine (editing, history in DATA/history) and runs
 * them on a node's console, reconnecting when the console bundle has been swapped. Ctrl-D,
 * {@code exit} or Ctrl-C on an empty line leave; Ctrl-C on a line clears it. Without a
 * terminal it reads commands from standard input until it ends. Not thread-safe.
 */
final class ConsoleRepl {

    static final String PROMPT = "filbert> ";

    private final ConsoleClient client;
    private final Path data;

    ConsoleRepl(ConsoleClient client, Path data) {
        this.client = client;
        this.data = data;
    }

    void run() throws IOException, UsageException {
        client.connect(Duration.ofSeconds(60));
        try (Terminal terminal = TerminalBuilder.builder().name("filbert").system(true).dumb(true).build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("filbert")
                    .variable(LineReader.HISTORY_FILE, data.resolve("history"))
                    .variable(LineReader.HISTORY_SIZE, 1000)
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
            client.close();
        }
    }

    /** Runs a line; false when the node has gone away. */
    private boolean runOne(String line, PrintStream out) throws UsageException {
        try {
            if (!client.connected()) {
                client.connect(Duration.ofSeconds(10));
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
                out.println("error: the console connection was lost (a bundle swap?) and is back; run the command again");
                return true;
            } catch (IOException | UsageException gone) {
                out.println("the node has stopped");
                return false;
            }
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
