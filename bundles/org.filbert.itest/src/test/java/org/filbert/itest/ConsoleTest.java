package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.filbert.api.console.ConsoleFrame;
import org.filbert.api.console.ConsoleFrame.Kind;
import org.filbert.api.network.NetworkStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The console over a real socket on 127.0.0.1, as ./filbert exec and shell use it. */
class ConsoleTest {

    @BeforeAll
    static void consoleIsPublished() {
        Osgi.service(NetworkStatus.class);
        Osgi.until(() -> Files.exists(Osgi.dataDirectory().resolve(ConsoleFrame.PORT_FILE)), "DATA/console.port");
    }

    @Test
    void runsCommandsAndKeepsSessionVariables() throws Exception {
        try (ConsoleConnection console = ConsoleConnection.open(Osgi.dataDirectory())) {
            ConsoleConnection.Answer status = console.run("status");
            assertThat(status.failure()).isNull();
            assertThat(status.output()).startsWith("version: ").contains("\nlisten: 127.0.0.1:");
            assertThat(console.run("x = 42").failure()).isNull();
            assertThat(console.run("echo $x").output()).isEqualTo("42\n");
        }
    }

    @Test
    void failuresComeBackAsOneLine() throws Exception {
        try (ConsoleConnection console = ConsoleConnection.open(Osgi.dataDirectory())) {
            assertThat(console.run("nosuchcommand").failure()).isEqualTo("Command not found: nosuchcommand");
            assertThat(console.run("status extra").failure()).isEqualTo("usage: status");
            assertThat(console.run("status").failure()).as("the session survives a failure").isNull();
        }
    }

    @Test
    void uploadsRunsOnAFreshNode() throws Exception {
        try (ConsoleConnection console = ConsoleConnection.open(Osgi.dataDirectory())) {
            ConsoleConnection.Answer uploads = console.run("uploads");
            assertThat(uploads.failure()).isNull();
            assertThat(uploads.output()).isEqualTo("(none)\n");
            assertThat(console.run("uploads now").failure()).isEqualTo("usage: uploads");
        }
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        Path data = Osgi.dataDirectory();
        try (ConsoleConnection console = new ConsoleConnection(data, "not-the-token")) {
            ConsoleFrame answer = console.read();
            assertThat(answer.kind()).isEqualTo(Kind.FAILED);
            assertThat(answer.text()).startsWith("wrong console token");
        }
    }

    @Test
    void listensOnLoopbackOnlyAndHidesTheToken() throws Exception {
        Path data = Osgi.dataDirectory();
        assertThat(Files.getPosixFilePermissions(data.resolve(ConsoleFrame.TOKEN_FILE)))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        int port = Integer.parseInt(Files.readString(data.resolve(ConsoleFrame.PORT_FILE)).trim());
        java.net.InetAddress external = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> java.util.Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof java.net.Inet4Address && !a.isLoopbackAddress())
                .findFirst().orElse(null);
        if (external != null) {
            try (java.net.Socket s = new java.net.Socket()) {
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> s.connect(new java.net.InetSocketAddress(external, port), 1000))
                        .isInstanceOf(java.io.IOException.class);
            }
        }
    }
}
