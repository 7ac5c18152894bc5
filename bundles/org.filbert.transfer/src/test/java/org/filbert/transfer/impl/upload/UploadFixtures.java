package org.filbert.transfer.impl.upload;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.filbert.api.node.NodeInfo;
import org.filbert.routing.testing.Stubs;
import org.filbert.transfer.impl.mesh.MeshComponent;
import org.filbert.transfer.impl.mesh.MeshConfig;

/** Upload components wired by hand for tests, and files of random bytes. Stateless. */
final class UploadFixtures {

    static final String SERVER = "Filbert/0.1.0";

    private UploadFixtures() {
    }

    static MeshComponent mesh() {
        return new MeshComponent(Stubs.config(MeshConfig.class));
    }

    /** The component over {@code library} and {@code mesh}, configuration defaults overridden by name/value pairs. */
    static UploadComponent uploads(FolderLibrary library, MeshComponent mesh, Object... config) {
        NodeInfo node = Stubs.answering(NodeInfo.class, Map.of("version", "0.1.0"));
        return new UploadComponent(Stubs.config(UploadConfig.class, config), library, mesh, node, Stubs.quietLogger());
    }

    /** A file of {@code size} random bytes (seeded by its name). */
    static byte[] randomFile(Path file, int size) throws IOException {
        byte[] content = new byte[size];
        new Random(file.getFileName().toString().hashCode()).nextBytes(content);
        Files.write(file, content);
        return content;
    }
}
