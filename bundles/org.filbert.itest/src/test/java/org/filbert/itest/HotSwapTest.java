package org.filbert.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.filbert.api.console.ConsoleFrame;
import org.filbert.api.network.NetworkStatus;
import org.filbert.api.node.NodeInfo;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Hot swap: a new build of a bundle dropped into DATA/deploy/ replaces the running one
 * (File Install), and the rest of the node keeps running: its services are the same
 * registrations, an open network connection and an open console session stay up.
 */
class HotSwapTest {

    private static Path jarOf(Bundle bundle) {
        String location = bundle.getLocation();
        return location.startsWith("file:") || location.startsWith("reference:file:")
                ? Path.of(URI.create(location.replaceFirst("^reference:", "")))
                : Path.of(location);
    }

    private static void assertStillOpen(Socket peer) throws IOException {
        peer.setSoTimeout(300);
        InputStream in = peer.getInputStream();
        try {
            int read = in.read();
            throw new AssertionError("the network connection was closed or answered (read " + read + ")");
        } catch (SocketTimeoutException expected) {
            // still open, still waiting for the rest of the opener
        }
    }

    @Test
    void updatingTheShellFromDeployKeepsEverythingElseRunning() throws Exception {
        NetworkStatus network = Osgi.service(NetworkStatus.class);
        Osgi.until(() -> Files.exists(Osgi.dataDirectory().resolve(ConsoleFrame.PORT_FILE)), "console");
        long nodeInfoId = Osgi.serviceId(NodeInfo.class);
        long networkId = Osgi.serviceId(NetworkStatus.class);
        Bundle shell = Osgi.bundle("org.filbert.shell");
        long shellModified = shell.getLastModified();
        Path deployed = Osgi.dataDirectory().resolve("deploy").resolve("org.filbert.shell.jar");

        try (Socket peer = new Socket(InetAddress.getLoopbackAddress(), network.listenAddress().getPort());
                ConsoleConnection console = ConsoleConnection.open(Osgi.dataDirectory())) {
            peer.getOutputStream().write("GNUT".getBytes(StandardCharsets.US_ASCII));
            assertThat(console.run("status").failure()).isNull();

            Files.createDirectories(deployed.getParent());
            Files.copy(jarOf(shell), deployed, StandardCopyOption.REPLACE_EXISTING);
            Osgi.until(() -> shell.getLastModified() != shellModified && shell.getState() == Bundle.ACTIVE,
                    "File Install to update org.filbert.shell");
            Osgi.until(() -> {
                try {
                    return console.run("status").failure() == null;
                } catch (IOException e) {
                    throw new AssertionError("the console session broke during the swap", e);
                }
            }, "filbert:status from the new shell bundle");

            assertThat(Osgi.serviceId(NodeInfo.class)).as("NodeInfo registration").isEqualTo(nodeInfoId);
            assertThat(Osgi.serviceId(NetworkStatus.class)).as("transport registration").isEqualTo(networkId);
            assertStillOpen(peer);
            assertThat(console.run("status").output()).contains("listen: 127.0.0.1:" + network.listenAddress().getPort());
        } finally {
            Files.deleteIfExists(deployed);
            // File Install uninstalls a bundle whose file left deploy/: put the original back
            Osgi.until(() -> shell.getState() == Bundle.UNINSTALLED, "File Install to remove the deployed shell");
            Bundle restored = Osgi.context().installBundle(jarOf(shell).toUri().toString());
            restored.start();
        }
    }

    @Test
    void updatingTheTransportKeepsTheConsoleAndShell() throws Exception {
        Osgi.service(NetworkStatus.class);
        Osgi.until(() -> Files.exists(Osgi.dataDirectory().resolve(ConsoleFrame.PORT_FILE)), "console");
        long nodeInfoId = Osgi.serviceId(NodeInfo.class);
        long oldTransportId = Osgi.serviceId(NetworkStatus.class);
        Bundle transport = Osgi.bundle("org.filbert.transport");
        try (ConsoleConnection console = ConsoleConnection.open(Osgi.dataDirectory())) {
            transport.update();
            Osgi.context().getBundle(0).adapt(FrameworkWiring.class).refreshBundles(java.util.List.of(transport));
            Osgi.until(() -> transport.getState() == Bundle.ACTIVE && Osgi.context().getServiceReference(NetworkStatus.class) != null
                    && Osgi.serviceId(NetworkStatus.class) != oldTransportId, "the updated transport");
            Osgi.settled(NetworkStatus.class);
            int port = Osgi.service(NetworkStatus.class).listenAddress().getPort();
            assertThat(console.run("status").output()).contains("listen: 127.0.0.1:" + port);
            assertThat(Osgi.serviceId(NodeInfo.class)).isEqualTo(nodeInfoId);
        }
    }
}
