package org.filbert.api.node;

import java.nio.file.Path;
import java.time.Instant;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What every bundle may ask about the running node. Provided by {@code org.filbert.node};
 * implementations are thread-safe.
 */
@ProviderType
public interface NodeInfo {

    /** Filbert's version, as the node bundle's Bundle-Version. */
    String version();

    /** The configured mode. */
    Mode mode();

    /** The data directory: configuration, logs, shares state, partial downloads. */
    Path dataDirectory();

    /** When the node (the framework) started. */
    Instant startedAt();

    /**
     * The node's servent GUID (16 bytes, a copy): who we are in query hits and pushes.
     * Made once per data directory and kept there.
     */
    byte[] serventGuid();
}
