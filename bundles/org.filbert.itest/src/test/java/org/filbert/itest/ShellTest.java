package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.filbert.api.network.NetworkStatus;
import org.filbert.api.shell.Report;
import org.junit.jupiter.api.Test;

/** Filbert's Gogo commands through the real CommandProcessor. */
class ShellTest {

    private static CommandSession session() {
        Osgi.service(NetworkStatus.class);
        Osgi.until(() -> Osgi.context().getServiceReference(CommandProcessor.class) != null, "Gogo");
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        return Osgi.service(CommandProcessor.class).createSession(InputStream.nullInputStream(), out, out);
    }

    /** Waits until {@code command} runs (its component is up). */
    private static void whenReady(CommandSession session, String command) {
        Osgi.until(() -> {
            try {
                return session.execute(command) != null;
            } catch (Exception e) {
                return false;
            }
        }, command);
    }

    @Test
    void statusReportsTheNodeAsKeyValueLines() throws Exception {
        try (CommandSession session = session()) {
            whenReady(session, "filbert:status");
            Report status = (Report) session.execute("filbert:status");
            assertThat(status.entries()).extracting(Report.Entry::key)
                    .containsExactly("version", "mode", "listen", "role", "reachable", "peers", "uptime", "data");
            int port = Osgi.service(NetworkStatus.class).listenAddress().getPort();
            assertThat(status.get("listen")).isEqualTo("127.0.0.1:" + port);
            assertThat(status.get("peers")).isEqualTo("0 (0 ultrapeers, 0 leaves)");
            assertThat(status.get("role")).as("an auto node starts as a leaf").isEqualTo("leaf");
            assertThat(session.format(status, Converter.INSPECT).toString())
                    .startsWith("version: 0.1.0").contains("\nmode: ").contains("\nlisten: 127.0.0.1:" + port);
        }
    }

    @Test
    void wrongArgumentsGetOneLineWithTheUsage() throws Exception {
        try (CommandSession session = session()) {
            assertThatThrownBy(() -> session.execute("filbert:status now")).hasMessage("usage: status");
            assertThatThrownBy(() -> session.execute("filbert:help a b")).hasMessage("usage: help [COMMAND]");
            assertThatThrownBy(() -> session.execute("filbert:help nosuch"))
                    .hasMessage("no command 'nosuch' in scope filbert; 'help' lists them");
        }
    }

    @Test
    void peersAndConnectThroughTheRealTransport() throws Exception {
        try (CommandSession session = session()) {
            assertThat(session.format(session.execute("filbert:peers"), Converter.INSPECT).toString()).isEqualTo("(none)");
            int port = Osgi.service(NetworkStatus.class).listenAddress().getPort();
            // the node recognises its own servent GUID in the handshake
            assertThatThrownBy(() -> session.execute("filbert:connect 127.0.0.1:" + port))
                    .hasMessage("refused: 409 Connected to self");
            assertThatThrownBy(() -> session.execute("filbert:connect nowhere"))
                    .hasMessageStartingWith("connect: expected");
            assertThatThrownBy(() -> session.execute("filbert:disconnect 99")).hasMessage("no connection 99; 'peers' lists them");
        }
    }

    @Test
    void helpListsEveryFilbertCommand() throws Exception {
        try (CommandSession session = session()) {
            Report help = (Report) session.execute("filbert:help");
            assertThat(help.entries()).extracting(Report.Entry::key)
                    .contains("help [COMMAND]", "status", "stop", "peers", "connect HOST:PORT", "disconnect ID", "hosts",
                            "routing [use NAME]", "stats", "searches", "results [ID [NUMBER]]");
            assertThat(((Report) session.execute("filbert:help status")).entries()).hasSize(1);
        }
    }

    @Test
    void searchesAreStartedListedStoppedAndShowTheirResults() throws Exception {
        try (CommandSession session = session()) {
            whenReady(session, "filbert:searches");
            Report started = (Report) session.execute("filbert:search walnut tree --type audio --min 1.5M");
            assertThat(started.get("query")).isEqualTo("walnut tree");
            assertThat(started.get("type")).isEqualTo("audio");
            assertThat(started.get("sizes")).isEqualTo("1.5 MiB to any");
            assertThat(started.get("sent to")).isEqualTo("0 peers (not connected: no hits will come)");
            String id = started.get("search");
            assertThat(session.format(session.execute("filbert:searches"), Converter.INSPECT).toString())
                    .startsWith("ID  TEXT         STATE    SENT").contains("walnut tree  running");
            assertThat(session.format(session.execute("filbert:results"), Converter.INSPECT).toString()).isEqualTo("(none)");
            assertThatThrownBy(() -> session.execute("filbert:search ab"))
                    .hasMessageStartingWith("search for words (at least one of 3 letters or more) or urn:sha1:BASE32");
            assertThatThrownBy(() -> session.execute("filbert:search walnut --type music"))
                    .hasMessageStartingWith("type must be one of audio, video");
            assertThatThrownBy(() -> session.execute("filbert:search walnut --max"))
                    .hasMessage("usage: search [WORDS... [--type TYPE] [--min SIZE] [--max SIZE] | --stop ID]");
            assertThatThrownBy(() -> session.execute("filbert:results 999")).hasMessage("no search 999");
            assertThat(session.execute("filbert:search --stop " + id)).isEqualTo("stopped search " + id);
            assertThatThrownBy(() -> session.execute("filbert:search --stop " + id))
                    .hasMessage("no running search " + id + "; 'searches' lists them");
        }
    }
}
