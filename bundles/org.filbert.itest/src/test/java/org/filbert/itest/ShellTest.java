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

    @Test
    void statusReportsTheNodeAsKeyValueLines() throws Exception {
        try (CommandSession session = session()) {
            Osgi.until(() -> {
                try {
                    return session.execute("filbert:status") != null;
                } catch (Exception e) {
                    return false;
                }
            }, "filbert:status");
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
                            "routing [use NAME]", "stats");
            assertThat(((Report) session.execute("filbert:help status")).entries()).hasSize(1);
        }
    }
}
